package org.marketingadvisor.knowledge;

/**
 * A source article the heuristics come from. {@code title} is the original title, in the
 * article's {@code language}; {@code titles} is how a report in each language names it (a
 * translation, or the original where the languages match). {@code date} is ISO-8601 where
 * the text gives one.
 */
public record Document(String id, String seed, String title, LocalizedText titles, String publisher, String date,
		String language, LocalizedText dateNote, LocalizedText summary) {
}
