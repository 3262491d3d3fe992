package org.marketingadvisor.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads the filters of a list page (the consultants' assessments, the audit trail). A
 * filter that cannot be read is left out and its problem (a message key) is reported
 * once, so the page still answers and says which filter it ignored.
 */
public final class FilterInputs {

	private FilterInputs() {
	}

	/** A date typed as yyyy-mm-dd; blank means no date. */
	public static LocalDate date(String text, String problemKey, List<String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			report(problemKey, problems);
			return null;
		}
	}

	/** Adds the problem unless it is already there. */
	public static void report(String problemKey, List<String> problems) {
		if (!problems.contains(problemKey)) {
			problems.add(problemKey);
		}
	}

}
