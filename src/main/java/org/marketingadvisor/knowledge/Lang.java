package org.marketingadvisor.knowledge;

import java.util.Locale;
import java.util.Optional;

/** The languages every user-facing text exists in. Russian is the default. */
public enum Lang {

	RU, UK, EN;

	public static final Lang DEFAULT = RU;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public Locale locale() {
		return Locale.forLanguageTag(code());
	}

	/** Parses "ru", "uk" or "en" (case-insensitive); anything else is empty. */
	public static Optional<Lang> parse(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (Lang lang : values()) {
			if (lang.code().equalsIgnoreCase(code.trim())) {
				return Optional.of(lang);
			}
		}
		return Optional.empty();
	}

}
