package org.marketingadvisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Area;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.LocalizedText;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.knowledge.Section;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.marketingadvisor.web.FormError;
import org.marketingadvisor.web.FormFields.Choice;
import org.marketingadvisor.web.Messages;
import org.springframework.ui.Model;

/**
 * What the scenario form shows, in the page's language: questions by section, the control
 * each question's answer takes, the scenarios to start from, findings and recommendations
 * by area.
 */
final class ScenarioFormView {

	/**
	 * The control of a question's answer: {@code kind} is yes-no, single, multiple or
	 * number; {@code range} says the numbers it takes ("from 1 to 1000000 people").
	 */
	record Control(String question, String kind, List<Choice> options, String range) {
	}

	/** An answer row with its control (none until a question is chosen) and errors. */
	record RowView(int index, ScenarioForm.Row row, Control control, List<FormError> errors) {
	}

	/** Choices under a heading (a section, an area, a kind of scenario). */
	record ChoiceGroup(String label, List<Choice> choices) {
	}

	private ScenarioFormView() {
	}

	static void fill(Model model, ScenarioForm form, RuleSet ruleSet, List<LoadedScenario> loaded, Lang lang,
			Messages messages) {
		KnowledgeBase kb = ruleSet.knowledgeBase();
		Map<String, Control> controls = new LinkedHashMap<>();
		List<ChoiceGroup> questions = new ArrayList<>();
		for (Section section : kb.sections()) {
			List<Choice> choices = new ArrayList<>();
			for (Question q : section.questions()) {
				choices.add(new Choice(q.id(), q.text().get(lang)));
				controls.put(q.id(), control(q, lang, messages));
			}
			questions.add(new ChoiceGroup(section.title().get(lang), choices));
		}
		List<RowView> rows = new ArrayList<>();
		@SuppressWarnings("unchecked")
		Map<String, List<FormError>> errors = (Map<String, List<FormError>>) model.getAttribute("fieldErrors");
		for (int i = 0; i < form.rows().size(); i++) {
			ScenarioForm.Row row = form.rows().get(i);
			rows.add(new RowView(i, row, controls.get(row.shownFor().isEmpty() ? row.question() : row.shownFor()),
					errors.getOrDefault("row" + i, List.of())));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("questions", questions);
		model.addAttribute("controls", controls.values());
		List<Choice> companies = new ArrayList<>();
		List<Choice> others = new ArrayList<>();
		for (LoadedScenario s : ScenarioViews.bases(loaded)) {
			if (s.scenario().id().equals(form.editing())) {
				continue;
			}
			Choice c = new Choice(s.scenario().id(), ScenarioViews.name(s.scenario(), lang));
			(ScenarioViews.groupKey(s.file()).equals("companies") ? companies : others).add(c);
		}
		model.addAttribute("bases", List.of(new ChoiceGroup(messages.get(lang, "scenarios.group.companies"), companies),
				new ChoiceGroup(messages.get(lang, "scenarios.group.scenarios"), others)));
		model.addAttribute("findingGroups",
				byArea(kb, lang, kb.findings().stream().map(f -> new Item(f.id(), f.area(), f.title())).toList()));
		model.addAttribute("recommendationGroups", byArea(kb, lang,
				kb.recommendations().stream().map(r -> new Item(r.id(), r.area(), r.title())).toList()));
		model.addAttribute("rules", ruleSet.ruleNames().stream().sorted().toList());
	}

	private record Item(String id, String area, LocalizedText title) {
	}

	private static List<ChoiceGroup> byArea(KnowledgeBase kb, Lang lang, List<Item> items) {
		List<ChoiceGroup> groups = new ArrayList<>();
		Function<Area, List<Choice>> of = a -> items.stream()
			.filter(i -> a.id().equals(i.area()))
			.map(i -> new Choice(i.id(), i.title().get(lang)))
			.toList();
		for (Area area : kb.areas()) {
			List<Choice> choices = of.apply(area);
			if (!choices.isEmpty()) {
				groups.add(new ChoiceGroup(area.title().get(lang), choices));
			}
		}
		List<Choice> rest = items.stream()
			.filter(i -> kb.area(i.area()).isEmpty())
			.map(i -> new Choice(i.id(), i.title().get(lang)))
			.toList();
		if (!rest.isEmpty()) {
			groups.add(new ChoiceGroup("—", rest));
		}
		return groups;
	}

	static Control control(Question q, Lang lang, Messages messages) {
		QuestionType type = q.type();
		if (type.hasFixedValues()) {
			return new Control(q.id(), "yes-no", List.of(new Choice("yes", messages.get(lang, "answer.yes")),
					new Choice("no", messages.get(lang, "answer.no"))), null);
		}
		if (type.hasOptions()) {
			return new Control(q.id(), type.manyValues() ? "multiple" : "single",
					q.options().stream().map(o -> new Choice(o.id(), o.label().get(lang))).toList(), null);
		}
		String unit = q.unit() == null ? "" : " " + q.unit().get(lang);
		String range = q.min() != null && q.max() != null
				? messages.get(lang, "scenarios.range", num(q.min()), num(q.max()), unit)
				: q.min() != null ? messages.get(lang, "scenarios.range.min", num(q.min()), unit)
						: q.max() != null ? messages.get(lang, "scenarios.range.max", num(q.max()), unit) : null;
		return new Control(q.id(), "number", List.of(), range);
	}

	private static String num(Double d) {
		return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
	}

}
