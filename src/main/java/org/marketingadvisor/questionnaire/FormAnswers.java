package org.marketingadvisor.questionnaire;

import java.math.BigDecimal;
import java.util.Map;

import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.Section;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
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
		if (raw == null || raw.length == 0) {
			return null;
		}
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		String first = raw[0] == null ? "" : raw[0].strip();
		switch (q.type()) {
			case YES_NO:
				return first.equals("yes") ? nodes.booleanNode(true)
						: first.equals("no") ? nodes.booleanNode(false) : null;
			case SINGLE:
				return first.isEmpty() ? null : nodes.stringNode(first);
			case MULTIPLE:
				ArrayNode array = nodes.arrayNode();
				for (String v : raw) {
					if (v != null && !v.isBlank()) {
						array.add(v.strip());
					}
				}
				return array.isEmpty() ? null : array;
			default:
				if (first.isEmpty()) {
					return null;
				}
				try {
					BigDecimal number = new BigDecimal(first.replace(',', '.').replace(" ", ""));
					// 1e999999999 or 1e-999999999 is a BigDecimal, but not a number
					// anyone answers (and a billion digits written out): kept as typed,
					// and the validator says it is not a number
					return AnswerValidator.plausible(number) ? nodes.numberNode(number) : nodes.stringNode(first);
				}
				catch (NumberFormatException ex) {
					return nodes.stringNode(first);
				}
		}
	}

}
