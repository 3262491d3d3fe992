package org.marketingadvisor.editor;

import org.marketingadvisor.knowledge.Document;
import org.marketingadvisor.knowledge.Heuristic;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.LocalizedText;

/** The forms of the sources page, as typed. */
final class SourceForms {

	private SourceForms() {
	}

	/**
	 * A document (an article, a book, the consultant's own practice notes); a new one
	 * comes with its first heuristic ({@code place}, {@code paraphrase}), since every
	 * document backs at least one.
	 *
	 * @param code the id to give a new document (not {@code id}, which is the draft's in
	 * the path)
	 * @param language the language the document is written in
	 * @param date ISO date (yyyy-mm-dd) or blank
	 * @param link a web address or blank
	 * @param note what the document is about, in the three languages
	 */
	record DocumentForm(String code, String language, Texts title, String author, String publisher, String date,
			String link, Texts note, Texts place, Texts paraphrase) {

		static final DocumentForm EMPTY = new DocumentForm(null, "ru", null, null, null, null, null, null, null, null);

		DocumentForm {
			code = code == null ? "" : code.strip();
			language = language == null ? "ru" : language;
			title = title == null ? Texts.EMPTY : title;
			author = author == null ? "" : author.strip();
			publisher = publisher == null ? "" : publisher.strip();
			date = date == null ? "" : date.strip();
			link = link == null ? "" : link.strip();
			note = note == null ? Texts.EMPTY : note;
			place = place == null ? Texts.EMPTY : place;
			paraphrase = paraphrase == null ? Texts.EMPTY : paraphrase;
		}

		static DocumentForm of(Document d) {
			return new DocumentForm(d.id(), d.language(), texts(d.titles()), d.author(), d.publisher(), d.date(),
					d.link(), texts(d.summary()), null, null);
		}

	}

	/**
	 * A heuristic: one piece of advice of a document, paraphrased in the three languages,
	 * and where in the document it is.
	 *
	 * @param diagnosable ticked ("on") when answers can show it (then a rule must encode
	 * it)
	 */
	record HeuristicForm(String code, String document, Texts place, Texts paraphrase, String diagnosable) {

		HeuristicForm {
			code = code == null ? "" : code.strip();
			document = document == null ? "" : document;
			place = place == null ? Texts.EMPTY : place;
			paraphrase = paraphrase == null ? Texts.EMPTY : paraphrase;
		}

		static HeuristicForm empty(String document) {
			return new HeuristicForm(null, document, null, null, null);
		}

		static HeuristicForm of(Heuristic h) {
			return new HeuristicForm(h.id(), h.document(), texts(h.place()), texts(h.text()),
					h.isDiagnosable() ? "on" : null);
		}

		public boolean isDiagnosable() {
			return diagnosable != null;
		}

	}

	static Texts texts(LocalizedText t) {
		return t == null ? Texts.EMPTY : new Texts(t.get(Lang.RU), t.get(Lang.UK), t.get(Lang.EN));
	}

}
