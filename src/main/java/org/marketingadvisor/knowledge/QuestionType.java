package org.marketingadvisor.knowledge;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a question is answered; the code is what the API and the YAML use. What the
 * definition of a question of the type holds (options, a range) is said here, with the
 * constant; how its answers are parsed, bound, shown and sampled is said once per type by
 * {@code org.marketingadvisor.questionnaire.AnswerType}. A code not listed here is
 * refused when the knowledge base is read (see {@code docs/new-question-type.md}).
 */
public enum QuestionType {

	@JsonProperty("yes-no")
	YES_NO("yes-no", false, false, List.of("yes", "no")),

	@JsonProperty("single")
	SINGLE("single", true, false, List.of()),

	@JsonProperty("multiple")
	MULTIPLE("multiple", true, false, List.of()),

	@JsonProperty("number")
	NUMBER("number", false, true, List.of()),

	@JsonProperty("scale")
	SCALE("scale", false, true, List.of());

	private final String code;

	private final boolean options;

	private final boolean numeric;

	private final List<String> fixedValues;

	QuestionType(String code, boolean options, boolean numeric, List<String> fixedValues) {
		this.code = code;
		this.options = options;
		this.numeric = numeric;
		this.fixedValues = fixedValues;
	}

	@JsonValue
	public String code() {
		return code;
	}

	/** Whether its questions list options (and rules name their ids). */
	public boolean hasOptions() {
		return options;
	}

	/** Whether its answers are numbers (with an optional min and max). */
	public boolean numeric() {
		return numeric;
	}

	/**
	 * The answer values every question of the type has, whatever its options: "yes" and
	 * "no" for yes-no; none for the others.
	 */
	public List<String> fixedValues() {
		return fixedValues;
	}

	/** Whether its answers are one of {@link #fixedValues()} (yes-no). */
	public boolean hasFixedValues() {
		return !fixedValues.isEmpty();
	}

	/** Whether one answer may choose several of the options. */
	public boolean manyValues() {
		return this == MULTIPLE;
	}

}
