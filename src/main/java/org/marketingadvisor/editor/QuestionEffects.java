package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Option;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.scenario.ScenarioLoader;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.marketingadvisor.web.FormError;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a change to a question does to what uses it, in words, and the scenario answers it
 * rewrites: answers to a removed option or of a changed type go; a required question the
 * scenarios do not answer gets the answer the consultant chose for them.
 */
final class QuestionEffects {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private QuestionEffects() {
	}

	/**
	 * Adds what the change from {@code before} to {@code now} does to {@code effects},
	 * and removes the scenario answers it makes invalid; true when it needs confirming.
	 */
	static boolean describe(Question before, Question now, QuestionUsage usage, QuestionEditing.Place place,
			int position, boolean typeChanged, Lang lang, List<FormError> effects, ScenarioAnswers scenarios) {
		boolean destructive = false;
		if (!Objects.equals(before.text(), now.text()) || !Objects.equals(before.help(), now.help())) {
			effects.add(FormError.of("question.effect.texts"));
		}
		if (!before.isRequired() && now.isRequired()) {
			effects.add(FormError.of("question.effect.required-on"));
			destructive = true;
		}
		else if (before.isRequired() && !now.isRequired()) {
			effects.add(FormError.of("question.effect.required-off"));
		}
		if (typeChanged) {
			destructive = true;
			effects.add(FormError.of("question.effect.type", FormError.of("knowledge.type." + before.type().code()),
					FormError.of("knowledge.type." + now.type().code()), usage.rules().size(),
					usage.answering().size()));
			usage.answering().forEach(s -> scenarios.set(s.file(), s.id(), now.id(), null, true));
		}
		else if (now.type().hasOptions()) {
			destructive |= options(before, now, usage, lang, effects, scenarios);
		}
		if (now.type().numeric() && !typeChanged
				&& (!Objects.equals(before.min(), now.min()) || !Objects.equals(before.max(), now.max()))) {
			long outside = usage.answering()
				.stream()
				.filter(s -> s.value() instanceof Number n && ((now.min() != null && n.doubleValue() < now.min())
						|| (now.max() != null && n.doubleValue() > now.max())))
				.count();
			effects.add(FormError.of("question.effect.range", QuestionBuild.num(now.min()),
					QuestionBuild.num(now.max()), outside));
		}
		if (!Objects.equals(before.condition(), now.condition())) {
			effects.add(FormError.of(now.condition() == null ? "question.effect.always" : "question.effect.condition"));
		}
		if (position != place.position()) {
			effects.add(FormError.of("question.effect.position", place.position(), position));
		}
		return destructive;
	}

	private static boolean options(Question before, Question now, QuestionUsage usage, Lang lang,
			List<FormError> effects, ScenarioAnswers scenarios) {
		boolean destructive = false;
		for (Option o : before.options()) {
			Option kept = now.option(o.id()).orElse(null);
			if (kept == null) {
				destructive = true;
				List<QuestionUsage.ScenarioUse> naming = usage.scenariosNaming(o.id());
				effects.add(FormError.of("question.effect.option-removed", o.label().get(lang),
						usage.rulesNaming(o.id()).size(), naming.size()));
				for (QuestionUsage.ScenarioUse s : naming) {
					if (s.value() instanceof Collection<?> c && c.size() > 1) {
						List<Object> rest = new ArrayList<>(c);
						rest.remove(o.id());
						scenarios.set(s.file(), s.id(), now.id(), rest, false);
					}
					else {
						scenarios.set(s.file(), s.id(), now.id(), null, true);
					}
				}
			}
			else if (!kept.label().equals(o.label())) {
				effects
					.add(FormError.of("question.effect.option-renamed", o.label().get(lang), kept.label().get(lang)));
			}
		}
		for (Option o : now.options()) {
			if (before.option(o.id()).isEmpty()) {
				effects.add(FormError.of("question.effect.option-added", o.label().get(lang)));
			}
		}
		return destructive;
	}

	/** An answer as the page shows it: an option's label, yes or no, a number. */
	static Object label(Question q, Object answer, Lang lang) {
		if (answer instanceof Boolean b) {
			return FormError.of(b ? "question.answer.yes" : "question.answer.no");
		}
		if (answer instanceof List<?> l && !l.isEmpty()) {
			answer = l.get(0);
		}
		Object a = answer;
		return q.type().hasOptions()
				? q.option(String.valueOf(a)).map(o -> o.label().get(lang)).orElse(String.valueOf(a))
				: String.valueOf(a);
	}

	/**
	 * Gives a required question the assumed answer in every scenario that shows it
	 * without an answer (and hides the inherited answer where a scenario hides the
	 * question); the number of scenarios answered, or minus the number that need an
	 * answer when none was chosen.
	 */
	static int fill(Content changed, KnowledgeBase kb, Question q, Object assumed, ScenarioAnswers scenarios) {
		if (!q.isRequired()) {
			return 0;
		}
		List<LoadedScenario> need = new ArrayList<>();
		for (LoadedScenario s : load(changed, scenarios)) {
			Map<String, Boolean> shown = new AnswerValidator(kb, Lang.EN).shown(JSON.valueToTree(s.answers()));
			if (Boolean.TRUE.equals(shown.get(q.id())) && s.answers().get(q.id()) == null) {
				need.add(s);
			}
		}
		if (need.isEmpty()) {
			return 0;
		}
		if (assumed == null) {
			return -need.size();
		}
		need.forEach(s -> scenarios.set(s.file(), s.scenario().id(), q.id(), assumed, false));
		for (int round = 0; round < 3; round++) {
			boolean again = false;
			for (LoadedScenario s : load(changed, scenarios)) {
				Map<String, Boolean> shown = new AnswerValidator(kb, Lang.EN).shown(JSON.valueToTree(s.answers()));
				if (!Boolean.TRUE.equals(shown.get(q.id())) && s.answers().get(q.id()) != null
						&& !s.scenario().answers().containsKey(q.id())) {
					scenarios.set(s.file(), s.scenario().id(), q.id(), null, false);
					again = true;
				}
			}
			if (!again) {
				break;
			}
		}
		return need.size();
	}

	private static List<LoadedScenario> load(Content changed, ScenarioAnswers scenarios) {
		Content c = changed;
		for (var e : scenarios.changed().entrySet()) {
			c = c.with(e.getKey(), e.getValue());
		}
		try {
			return ScenarioLoader.load(c.scenarioFiles());
		}
		catch (ScenarioLoader.InvalidScenarios ex) {
			return List.of();
		}
	}

}
