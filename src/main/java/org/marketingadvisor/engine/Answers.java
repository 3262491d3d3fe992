package org.marketingadvisor.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validated answers by question id, in questionnaire order. */
public final class Answers {

	private final Map<String, AnswerValue> values;

	private final List<Answer> facts;

	public Answers(Map<String, AnswerValue> values) {
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
		List<Answer> list = new ArrayList<>(values.size() + 8);
		this.values.forEach((question, value) -> value.toFacts(question, list));
		this.facts = List.copyOf(list);
	}

	public Map<String, AnswerValue> values() {
		return values;
	}

	public AnswerValue get(String question) {
		return values.get(question);
	}

	/**
	 * The facts to insert; built once, they are immutable and can be reused across
	 * sessions.
	 */
	public List<Answer> facts() {
		return facts;
	}

}
