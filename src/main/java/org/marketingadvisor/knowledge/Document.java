package org.marketingadvisor.knowledge;

/**
 * A source article the heuristics come from. {@code date} is ISO-8601 where the text
 * gives one.
 */
public record Document(String id, String seed, String title, String publisher, String date, String language,
		LocalizedText dateNote, LocalizedText summary) {
}
