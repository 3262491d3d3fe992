package org.marketingadvisor.questionnaire;

import java.util.Map;

import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.Section;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an HTML form post of one section into the same JSON answers the API takes, so the
 * page and the API share one validator. What the owner typed is kept as typed (a
 * non-number stays a string) so it can be shown again with its error.
 */
public final class FormAnswers {

	private FormAnswers() {
	}

	/**
	 * The saved answers with this section's answers replaced by the posted ones.
	 * @param saved answers saved so far
	 * @param section the section that was posted
	 * @param params the posted parameters (name = question id)
	 */
	public static ObjectNode merge(JsonNode saved, Section section, Map<String, String[]> params) {
		ObjectNode merged = JsonNodeFactory.instance.objectNode();
		saved.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
		for (Question q : section.questions()) {
			merged.remove(q.id());
			JsonNode value = value(q, params.get(q.id()));
			if (value != null) {
				merged.set(q.id(), value);
			}
		}
		return merged;
	}

	private static JsonNode value(Question q, String[] raw) {
		return raw == null || raw.length == 0 ? null : AnswerType.of(q).bind(raw);
	}

}
