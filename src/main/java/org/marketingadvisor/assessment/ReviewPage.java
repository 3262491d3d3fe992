package org.marketingadvisor.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.Section;
import org.marketingadvisor.questionnaire.AnswerError;
import org.marketingadvisor.questionnaire.AnswerType;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.web.Messages;

import tools.jackson.databind.JsonNode;

/**
 * Every shown question with the answer given (or none), section by section, with links to
 * change. Public for the draft preview, which shows a draft's questionnaire on the same
 * page.
 */
public record ReviewPage(List<SectionAnswers> sections) {

	public record SectionAnswers(String id, String title, List<Row> rows) {
	}

	public record Row(String question, String text, String answer, boolean required) {

		public boolean missing() {
			return answer == null;
		}

	}

	public record Problem(String question, String section, String message) {
	}

	public static ReviewPage of(KnowledgeBase kb, Lang lang, JsonNode answers, Messages messages) {
		Map<String, Boolean> shown = new AnswerValidator(kb, lang).shown(answers);
		List<SectionAnswers> sections = new ArrayList<>();
		for (Section s : kb.sections()) {
			List<Row> rows = new ArrayList<>();
			for (Question q : s.questions()) {
				if (shown.get(q.id())) {
					rows.add(new Row(q.id(), q.text().get(lang), text(q, answers.get(q.id()), lang, messages),
							q.isRequired()));
				}
			}
			sections.add(new SectionAnswers(s.id(), s.title().get(lang), rows));
		}
		return new ReviewPage(sections);
	}

	/** Each error with the section its question is on, so the page links to it. */
	public static List<Problem> problems(KnowledgeBase kb, Lang lang, List<AnswerError> errors, Messages messages) {
		return errors.stream()
			.map(e -> new Problem(e.field(), sectionOf(kb, e.field()),
					messages.get(lang, e.code(), e.args().toArray())))
			.toList();
	}

	private static String sectionOf(KnowledgeBase kb, String question) {
		return kb.sections()
			.stream()
			.filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(question)))
			.map(Section::id)
			.findFirst()
			.orElse(kb.sections().get(0).id());
	}

	private static String text(Question q, JsonNode answer, Lang lang, Messages messages) {
		return AnswerType.of(q).display(q, answer, lang, key -> messages.get(lang, key));
	}

}
