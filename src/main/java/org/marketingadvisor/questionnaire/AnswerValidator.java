package org.marketingadvisor.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.knowledge.Condition;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.web.Inputs;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks raw JSON answers against the questionnaire definition and converts them. Every
 * problem is reported, not just the first; a question whose controlling answer is itself
 * invalid is not judged (visible or not), so one mistake does not cascade into a page of
 * errors.
 */
public final class AnswerValidator {

	private final KnowledgeBase kb;

	private final Lang lang;

	public AnswerValidator(KnowledgeBase kb, Lang lang) {
		this.kb = kb;
		this.lang = lang;
	}

	/** The outcome: answers when there is no error, otherwise the errors. */
	public record Result(Answers answers, List<AnswerError> errors) {

		public boolean valid() {
			return errors.isEmpty();
		}

	}

	public Result validate(JsonNode answers) {
		List<AnswerError> errors = new ArrayList<>();
		Map<String, AnswerValue> parsed = new LinkedHashMap<>();
		Set<String> invalid = new HashSet<>();
		Map<String, JsonNode> submitted = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> entry : answers.properties()) {
			submitted.put(entry.getKey(), entry.getValue());
		}
		for (String id : submitted.keySet()) {
			if (kb.question(id).isEmpty()) {
				errors.add(new AnswerError(id, "error.question.unknown", Inputs.shown(id)));
			}
		}
		// questionnaire order, so parents are judged before the questions they control
		Map<String, Visibility> visibility = new LinkedHashMap<>();
		for (Question q : kb.questions()) {
			JsonNode raw = submitted.get(q.id());
			boolean answered = raw != null && !raw.isNull();
			if (answered) {
				AnswerValue value = parse(q, raw, errors);
				if (value == null) {
					invalid.add(q.id());
				}
				else {
					parsed.put(q.id(), value);
				}
			}
			Visibility v = visibility(q, parsed, invalid, visibility);
			visibility.put(q.id(), v);
			if (v == Visibility.HIDDEN && answered) {
				Question parent = kb.question(q.condition().question()).orElseThrow();
				errors.add(new AnswerError(q.id(), "error.answer.hidden", text(q), text(parent)));
				parsed.remove(q.id());
			}
			else if (v == Visibility.SHOWN && !answered && q.isRequired()) {
				errors.add(new AnswerError(q.id(), "error.answer.required", text(q)));
			}
		}
		if (!errors.isEmpty()) {
			return new Result(null, List.copyOf(errors));
		}
		return new Result(new Answers(parsed), List.of());
	}

	/**
	 * Which questions are shown for these (possibly incomplete or invalid) answers: a
	 * question whose controlling answer is missing or invalid is not shown.
	 */
	public Map<String, Boolean> shown(JsonNode answers) {
		Map<String, AnswerValue> parsed = new LinkedHashMap<>();
		Map<String, Boolean> shown = new LinkedHashMap<>();
		for (Question q : kb.questions()) {
			Condition c = q.condition();
			boolean visible = c == null
					|| (shown.getOrDefault(c.question(), false) && ShowConditions.holds(c, parsed.get(c.question())));
			shown.put(q.id(), visible);
			JsonNode raw = answers.get(q.id());
			if (visible && raw != null && !raw.isNull()) {
				AnswerValue value = parse(q, raw, new ArrayList<>());
				if (value != null) {
					parsed.put(q.id(), value);
				}
			}
		}
		return shown;
	}

	/**
	 * The answers without those to unknown or hidden questions, in questionnaire order.
	 */
	public ObjectNode withoutHidden(JsonNode answers) {
		Map<String, Boolean> shown = shown(answers);
		ObjectNode kept = JsonNodeFactory.instance.objectNode();
		for (Question q : kb.questions()) {
			JsonNode raw = answers.get(q.id());
			if (raw != null && !raw.isNull() && shown.get(q.id())) {
				kept.set(q.id(), raw);
			}
		}
		return kept;
	}

	private enum Visibility {

		SHOWN, HIDDEN, UNKNOWN

	}

	private Visibility visibility(Question q, Map<String, AnswerValue> parsed, Set<String> invalid,
			Map<String, Visibility> known) {
		Condition c = q.condition();
		if (c == null) {
			return Visibility.SHOWN;
		}
		Visibility parent = known.getOrDefault(c.question(), Visibility.UNKNOWN);
		if (parent == Visibility.HIDDEN) {
			return Visibility.HIDDEN;
		}
		if (parent == Visibility.UNKNOWN || invalid.contains(c.question())) {
			return Visibility.UNKNOWN;
		}
		return ShowConditions.holds(c, parsed.get(c.question())) ? Visibility.SHOWN : Visibility.HIDDEN;
	}

	private AnswerValue parse(Question q, JsonNode raw, List<AnswerError> errors) {
		return AnswerType.of(q).parse(q, raw, lang, errors);
	}

	private String text(Question q) {
		return AnswerTexts.text(q, lang);
	}

}
