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

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private FilterInputs() {
	}

	/** A date typed as yyyy-mm-dd; blank means no date. */
	public static LocalDate date(String text, String problemKey, List<String> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			report(problemKey, problems);
			return null;
		}
		if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			// a year like +999999999 parses, but no day after it exists to query up to
			report("filter.error.date-range", problems);
			return null;
		}
		return date;
	}

	/**
	 * A page number counted from 0; what is not a whole number, or is past the last page
	 * an SQL offset can reach, is reported and the first page shown.
	 */
	public static int page(String text, int pageSize, List<String> problems) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		try {
			int page = Integer.parseInt(text.strip());
			if (page >= 0 && page <= Integer.MAX_VALUE / pageSize - 1) {
				return page;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		report("filter.error.page", problems);
		return 0;
	}

	/** Adds the problem unless it is already there. */
	public static void report(String problemKey, List<String> problems) {
		if (!problems.contains(problemKey)) {
			problems.add(problemKey);
		}
	}

}
