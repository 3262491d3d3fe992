package org.marketingadvisor.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.marketingadvisor.knowledge.Lang;

/**
 * The new-question form as typed: fields stay text, so a refused form shows again exactly
 * what was typed, each error next to its field.
 *
 * @param required the checkbox: sent ("on") when ticked
 * @param options one option a line: id | Russian | Ukrainian | English
 * @param when the question this one follows, or blank for always
 */
record NewQuestion(String section, String qid, String type, String required, String min, String max, Texts text,
		Texts help, String options, String when, String whenValues) {

	static final NewQuestion EMPTY = new NewQuestion(null, null, null, null, null, null, null, null, null, null, null);

	NewQuestion {
		// a form sent without its texts (or a first visit) still has them, blank
		text = text == null ? Texts.EMPTY : text;
		help = help == null ? Texts.EMPTY : help;
	}

	public boolean isRequired() {
		return required != null;
	}

	/**
	 * A text in the three languages, as the fields {@code text.ru}, {@code text.uk}...
	 */
	record Texts(String ru, String uk, String en) {

		static final Texts EMPTY = new Texts(null, null, null);

		String get(Lang lang) {
			String v = switch (lang) {
				case RU -> ru;
				case UK -> uk;
				case EN -> en;
			};
			return v == null ? "" : v.strip();
		}

		/** The texts that are there, by language code. */
		Map<String, String> present() {
			Map<String, String> texts = new LinkedHashMap<>();
			for (Lang l : Lang.values()) {
				if (!get(l).isEmpty()) {
					texts.put(l.code(), get(l));
				}
			}
			return texts;
		}

	}

}
