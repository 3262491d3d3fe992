package org.marketingadvisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A finding is either a problem to fix or a strength to keep. */
public enum FindingKind {

	@JsonProperty("problem")
	PROBLEM,

	@JsonProperty("strength")
	STRENGTH;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
