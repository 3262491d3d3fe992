package org.marketingadvisor.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads the filters of a list page (the consultants' assessments, the audit trail). The
 * form records check them with {@link IsoDate} and {@link WholeNumber}; what did not pass
 * reads here as "no filter", so the page still answers and names, next to the field, the
 * filter it ignored.
 */
public final class FilterInputs {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private FilterInputs() {
	}

	/** A date typed as yyyy-mm-dd; blank, unreadable or out of range means no date. */
	public static LocalDate date(String text) {
		LocalDate date = parse(text);
		return date == null || !inRange(date) ? null : date;
	}

	/** A whole number from min to max; anything else means none. */
	public static Integer number(String text, long min, long max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			int n = Integer.parseInt(text.strip());
			return n >= min && n <= max ? n : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * The page counted from 0; what is not a page an SQL offset can reach is the first.
	 */
	public static int page(String text, int pageSize) {
		Integer page = number(text, 0, lastPage(pageSize));
		return page == null ? 0 : page;
	}

	/** The last page an SQL offset (an int) can reach with this page size. */
	public static int lastPage(int pageSize) {
		return Integer.MAX_VALUE / pageSize - 1;
	}

	static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static boolean inRange(LocalDate date) {
		// a year like +999999999 parses, but no day after it exists to query up to
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

}
