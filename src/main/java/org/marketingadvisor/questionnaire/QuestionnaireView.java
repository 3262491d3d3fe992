package org.marketingadvisor.questionnaire;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.marketingadvisor.knowledge.Condition;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.LocalizedText;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.Section;

/** The questionnaire in one language, as the API serves it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionnaireView(String lang, String rulesetVersion, List<SectionView> sections) {

	public static QuestionnaireView of(KnowledgeBase kb, Lang lang, String rulesetVersion) {
		return new QuestionnaireView(lang.code(), rulesetVersion,
				kb.sections().stream().map(s -> SectionView.of(s, lang)).toList());
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record SectionView(String id, String title, String intro, List<QuestionView> questions) {

		static SectionView of(Section s, Lang lang) {
			return new SectionView(s.id(), s.title().get(lang), s.intro().get(lang),
					s.questions().stream().map(q -> QuestionView.of(q, lang)).toList());
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record QuestionView(String id, String type, String text, String help, boolean required,
			List<OptionView> options, @JsonInclude(JsonInclude.Include.ALWAYS) ConditionView condition, Double min,
			Double max, String unit, String minLabel, String maxLabel) {

		static QuestionView of(Question q, Lang lang) {
			List<OptionView> options = q.type().hasOptions() ? q.options()
				.stream()
				.map(o -> new OptionView(o.id(), o.label().get(lang), o.isExclusive() ? Boolean.TRUE : null))
				.toList() : List.of();
			return new QuestionView(q.id(), q.type().code(), q.text().get(lang), q.help().get(lang), q.isRequired(),
					options, ConditionView.of(q.condition()), q.min(), q.max(), get(q.unit(), lang),
					get(q.minLabel(), lang), get(q.maxLabel(), lang));
		}

		private static String get(LocalizedText text, Lang lang) {
			return text == null ? null : text.get(lang);
		}

	}

	/**
	 * An option; {@code exclusive} is present (true) only for options that exclude all
	 * others.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record OptionView(String id, String label, Boolean exclusive) {
	}

	/**
	 * Show the question when {@code question}'s answer equals / contains anyOf / is at
	 * least min.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record ConditionView(String question, Boolean equals, List<String> anyOf, Double min) {

		static ConditionView of(Condition c) {
			return c == null ? null : new ConditionView(c.question(), c.equals(), c.anyOf(), c.min());
		}

	}

}
