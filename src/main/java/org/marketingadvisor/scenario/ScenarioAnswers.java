package org.marketingadvisor.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Option;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.questionnaire.AnswerError;
import org.marketingadvisor.questionnaire.AnswerType;
import org.marketingadvisor.scenario.ScenarioForm.Row;
import org.marketingadvisor.web.FormError;
import org.marketingadvisor.web.Inputs;
import org.marketingadvisor.web.Messages;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scenario form's answer rows as the answers a scenario file holds: option ids from the
 * question's own options (a label typed in any language is taken for its option), yes or
 * no, numbers within the question's range; an empty answer removes the base's. What does
 * not fit is an error on its row, in the page's language, naming the question and the
 * labels it allows.
 */
final class ScenarioAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The answers by question id, or what is wrong, by row and for the whole form. */
	record Bound(Map<String, Object> answers, Map<Integer, List<FormError>> rowErrors) {

		boolean valid() {
			return rowErrors.isEmpty();
		}

	}

	private final KnowledgeBase kb;

	private final Lang lang;

	private final Messages messages;

	ScenarioAnswers(KnowledgeBase kb, Lang lang, Messages messages) {
		this.kb = kb;
		this.lang = lang;
		this.messages = messages;
	}

	Bound bind(List<Row> rows) {
		Map<String, Object> answers = new LinkedHashMap<>();
		Map<Integer, List<FormError>> errors = new LinkedHashMap<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (row.blank()) {
				continue;
			}
			List<FormError> here = new ArrayList<>();
			Optional<Question> question = kb.question(row.question());
			if (question.isEmpty()) {
				here.add(FormError.of("scenarios.error.question"));
			}
			else if (!seen.add(row.question())) {
				here.add(FormError.of("scenarios.error.twice", question.get().text().get(lang)));
			}
			else if (!row.shownFor().equals(row.question())
					&& (!row.shownFor().isEmpty() || row.values().stream().allMatch(String::isBlank))) {
				// the question was changed without the script: its control is drawn now
				here.add(FormError.of("scenarios.error.pick", question.get().text().get(lang)));
			}
			else {
				answers.put(row.question(), value(question.get(), row.values(), here));
			}
			if (!here.isEmpty()) {
				errors.put(i, here);
			}
		}
		return new Bound(answers, errors);
	}

	/**
	 * The value of one row, or null for "no answer"; errors are added to {@code here}.
	 */
	private Object value(Question q, List<String> posted, List<FormError> here) {
		List<String> values = posted.stream().filter(v -> !v.isBlank()).toList();
		if (values.isEmpty()) {
			return null;
		}
		QuestionType type = q.type();
		if (type.hasFixedValues()) {
			Boolean yes = yesNo(values.get(0));
			if (yes == null) {
				here.add(FormError.of("scenarios.error.yes-no", q.text().get(lang), Inputs.shown(values.get(0)),
						messages.get(lang, "answer.yes"), messages.get(lang, "answer.no")));
			}
			return yes;
		}
		if (type.hasOptions()) {
			List<String> ids = new ArrayList<>();
			for (String v : values) {
				Optional<Option> option = option(q, v);
				if (option.isEmpty()) {
					here.add(FormError.of("scenarios.error.option", q.text().get(lang), Inputs.shown(v), labels(q)));
				}
				else if (!ids.contains(option.get().id())) {
					ids.add(option.get().id());
				}
			}
			return type.manyValues() ? ids : ids.isEmpty() ? null : ids.get(0);
		}
		Object number = AnswerType.of(q).fromText(values.get(0).replace(',', '.').replaceAll("\\s", ""));
		List<AnswerError> wrong = new ArrayList<>();
		AnswerType.of(q).parse(q, JSON.valueToTree(number), lang, wrong);
		wrong.forEach(e -> here.add(new FormError(e.code(), e.args())));
		return number;
	}

	/** An option by its id, or by its label in any language (case and spaces aside). */
	private static Optional<Option> option(Question q, String value) {
		Optional<Option> byId = q.option(value);
		if (byId.isPresent()) {
			return byId;
		}
		String wanted = normal(value);
		return q.options()
			.stream()
			.filter(o -> List.of(Lang.values()).stream().anyMatch(l -> normal(o.label().get(l)).equals(wanted)))
			.findFirst();
	}

	private Boolean yesNo(String value) {
		String v = normal(value);
		for (Lang l : Lang.values()) {
			if (v.equals(normal(messages.get(l, "answer.yes")))) {
				return true;
			}
			if (v.equals(normal(messages.get(l, "answer.no")))) {
				return false;
			}
		}
		return switch (v) {
			case "yes", "true" -> true;
			case "no", "false" -> false;
			default -> null;
		};
	}

	/** The options' labels in the page's language, as the error lists them. */
	String labels(Question q) {
		return q.options().stream().map(o -> o.label().get(lang)).collect(Collectors.joining("; "));
	}

	private static String normal(String s) {
		return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** An answer as the owner reads it, for the table: labels, yes or no, the number. */
	String shown(Question q, Object value) {
		if (value == null) {
			return messages.get(lang, "scenarios.answer.none");
		}
		JsonNode json = JSON.valueToTree(value);
		return AnswerType.of(q).display(q, json, lang, key -> messages.get(lang, key));
	}

}
