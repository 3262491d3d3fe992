package org.marketingadvisor.editor;

import java.util.LinkedHashMap;
import java.util.Map;

import org.marketingadvisor.knowledge.Lang;

/**
 * A text of a form in the three languages, as the fields {@code text.ru},
 * {@code text.uk}, {@code text.en}.
 */
record Texts(String ru, String uk, String en) {

	static final Texts EMPTY = new Texts(null, null, null);

	/** The text in one language, stripped; empty when it is missing. */
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
