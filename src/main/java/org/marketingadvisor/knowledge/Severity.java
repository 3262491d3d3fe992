package org.marketingadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Severity of a finding and priority of a recommendation, most urgent first.
 * {@link #INFO} is reserved for strengths.
 */
public enum Severity {

	@JsonProperty("critical")
	CRITICAL,

	@JsonProperty("high")
	HIGH,

	@JsonProperty("medium")
	MEDIUM,

	@JsonProperty("low")
	LOW,

	@JsonProperty("info")
	INFO;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static java.util.Optional<Severity> parse(String code) {
		for (Severity s : values()) {
			if (s.code().equals(code)) {
				return java.util.Optional.of(s);
			}
		}
		return java.util.Optional.empty();
	}

}
