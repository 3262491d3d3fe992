package org.marketingadvisor.knowledge;

/**
 * An answer option of a choice question; an exclusive option ("none") excludes all
 * others.
 */
public record Option(String id, LocalizedText label, Boolean exclusive) {

	public boolean isExclusive() {
		return Boolean.TRUE.equals(exclusive);
	}

}
