package org.marketingadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/** How a question is answered; the code is what the API and the YAML use. */
public enum QuestionType {

	@JsonProperty("yes-no")
	YES_NO("yes-no"),

	@JsonProperty("single")
	SINGLE("single"),

	@JsonProperty("multiple")
	MULTIPLE("multiple"),

	@JsonProperty("number")
	NUMBER("number"),

	@JsonProperty("scale")
	SCALE("scale");

	private final String code;

	QuestionType(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return code;
	}

	public boolean hasOptions() {
		return this == SINGLE || this == MULTIPLE;
	}

	public boolean numeric() {
		return this == NUMBER || this == SCALE;
	}

}
