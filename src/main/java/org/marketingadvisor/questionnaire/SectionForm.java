package org.marketingadvisor.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.marketingadvisor.knowledge.Condition;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.LocalizedText;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.Section;

import tools.jackson.databind.JsonNode;

/**
 * One page of the questionnaire, ready for a template: every text in the page's language,
 * the answers given so far, and the error of each field. A question controlled by an
 * answer on an earlier page is left out when that answer hides it; one controlled from
 * the same page is rendered with its condition (so a script can show it at once) and
 * starts hidden if it is hidden now.
 */
public record SectionForm(String id, String title, String intro, int number, int count, String previous, String next,
		List<QuestionField> questions) {

	public record QuestionField(String id, String type, String text, String help, boolean required, boolean hidden,
			String conditionQuestion, String conditionValues, String conditionMin, List<OptionField> options,
			String value, String error, String min, String max, String unit, String minLabel, String maxLabel,
			List<Integer> scale) {

		public boolean hasError() {
			return error != null;
		}

		/** The id of the field's first input, which the error summary links to. */
		public String domId() {
			return "q-" + id;
		}

		/** The ids of the help text and the error message that describe the field. */
		public String describedBy() {
			String ids = (help == null ? "" : domId() + "-help") + (error == null ? "" : " " + domId() + "-error");
			return ids.isBlank() ? null : ids.strip();
		}

	}

	public record OptionField(String id, String label, boolean checked, boolean exclusive) {
	}

	/** How many fields on the page have an error. */
	public int errorCount() {
		return (int) questions.stream().filter(QuestionField::hasError).count();
	}

	/** The ids of the questions the page shows, posted back to tell newly shown ones. */
	public String shownIds() {
		return String.join(" ", questions.stream().filter(q -> !q.hidden()).map(QuestionField::id).toList());
	}

	public static SectionForm of(KnowledgeBase kb, String sectionId, Lang lang, JsonNode answers,
			Map<String, String> errors) {
		List<Section> sections = kb.sections();
		int index = IntStream.range(0, sections.size())
			.filter(i -> sections.get(i).id().equals(sectionId))
			.findFirst()
			.orElseThrow();
		Section section = sections.get(index);
		Set<String> onThisPage = section.questions().stream().map(Question::id).collect(Collectors.toSet());
		Map<String, Boolean> shown = new AnswerValidator(kb, lang).shown(answers);
		List<QuestionField> fields = new ArrayList<>();
		for (Question q : section.questions()) {
			Condition c = q.condition();
			boolean controlledHere = c != null && onThisPage.contains(c.question());
			if (!shown.get(q.id()) && !controlledHere) {
				continue;
			}
			fields.add(field(q, lang, answers.get(q.id()), errors.get(q.id()), !shown.get(q.id())));
		}
		return new SectionForm(section.id(), section.title().get(lang), section.intro().get(lang), index + 1,
				sections.size(), index > 0 ? sections.get(index - 1).id() : null,
				index + 1 < sections.size() ? sections.get(index + 1).id() : null, fields);
	}

	private static QuestionField field(Question q, Lang lang, JsonNode answer, String error, boolean hidden) {
		AnswerType type = AnswerType.of(q);
		List<String> posted = type.posted(answer);
		List<OptionField> options = new ArrayList<>();
		for (String v : q.type().fixedValues()) {
			options.add(new OptionField(v, null, posted.contains(v), false));
		}
		for (var o : q.options()) {
			options.add(new OptionField(o.id(), o.label().get(lang), posted.contains(o.id()), o.isExclusive()));
		}
		String value = q.type().numeric() && !posted.isEmpty() ? posted.get(0) : null;
		Condition c = q.condition();
		String conditionValues = null;
		if (c != null && c.anyOf() != null) {
			conditionValues = String.join(" ", c.anyOf());
		}
		else if (c != null && c.equals() != null) {
			conditionValues = c.equals() ? "yes" : "no";
		}
		List<Integer> scale = type.points(q);
		return new QuestionField(q.id(), q.type().code(), q.text().get(lang), q.help().get(lang), q.isRequired(),
				hidden, c == null ? null : c.question(), conditionValues,
				c == null || c.min() == null ? null : plain(c.min()), options, value, error, plain(q.min()),
				plain(q.max()), text(q.unit(), lang), text(q.minLabel(), lang), text(q.maxLabel(), lang), scale);
	}

	private static String text(LocalizedText t, Lang lang) {
		return t == null ? null : t.get(lang);
	}

	private static String plain(Double d) {
		return d == null ? null : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
	}

}
