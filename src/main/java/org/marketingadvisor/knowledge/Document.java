package org.marketingadvisor.knowledge;

/**
 * A source article the heuristics come from. {@code title} is the original title, in the
 * article's {@code language}; {@code titles} is how a report in each language names it (a
 * translation, or the original where the languages match). {@code date} is ISO-8601 where
 * the text gives one. {@code publisher} is who published it, as the source names it;
 * {@code publishers}, where given, says that in each language (versions stored before it
 * existed have only {@code publisher}). {@code author} and {@code link} (a web address),
 * where given, are as the consultant who added the source typed them.
 */
public record Document(String id, String seed, String title, LocalizedText titles, String publisher, String date,
		String language, LocalizedText dateNote, LocalizedText summary, LocalizedText publishers, String author,
		String link) {

	/** The publisher as a report in the given language names it. */
	public String publisher(Lang lang) {
		return publishers != null ? publishers.get(lang) : publisher;
	}

	/**
	 * The original title where the report's language is not the article's, otherwise
	 * null.
	 */
	public String originalTitle(Lang lang) {
		return lang.code().equals(language) ? null : title;
	}

}
