package org.marketingadvisor.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.marketingadvisor.knowledge.Lang;

/**
 * A scenario's name as its file gives it: either one text, as a consultant typed it
 * ({@code name: "..."}, shown as typed on every page), or a text per language
 * ({@code name: {ru: ..., uk: ..., en: ...}}, shown in the page's language, else in
 * English, else in any language it has). Read and written by Jackson as that same string
 * or map, so a file the editor writes loads back identically.
 */
public final class ScenarioText {

	/** The one text typed, or null when the name is by language. */
	private final String plain;

	/** The texts by language, in ru, uk, en order; empty when the name is plain. */
	private final Map<Lang, String> texts;

	private ScenarioText(String plain, Map<Lang, String> texts) {
		this.plain = plain;
		this.texts = texts;
	}

	/** One text, as typed. */
	public static ScenarioText plain(String text) {
		return new ScenarioText(text, Map.of());
	}

	/** Texts by language; at least one. */
	public static ScenarioText of(Map<Lang, String> texts) {
		if (texts.isEmpty()) {
			throw new IllegalArgumentException("a name by language needs at least one of ru, uk, en");
		}
		Map<Lang, String> sorted = new EnumMap<>(Lang.class);
		sorted.putAll(texts);
		return new ScenarioText(null, Collections.unmodifiableMap(sorted));
	}

	/**
	 * What the file holds: a string, or a map of {@code ru}, {@code uk}, {@code en} to
	 * strings (anything else is refused, with the parser's location of it).
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ScenarioText read(Object value) {
		if (value instanceof String s) {
			return plain(s);
		}
		if (value instanceof Map<?, ?> map) {
			Map<Lang, String> texts = new EnumMap<>(Lang.class);
			for (Map.Entry<?, ?> e : map.entrySet()) {
				Optional<Lang> lang = e.getKey() instanceof String k && k.equals(k.strip().toLowerCase(Locale.ROOT))
						? Lang.parse(k) : Optional.empty();
				if (lang.isEmpty()) {
					throw new IllegalArgumentException("unknown language \"" + e.getKey() + "\" (expected ru, uk, en)");
				}
				if (!(e.getValue() instanceof String text)) {
					throw new IllegalArgumentException("the " + e.getKey() + " text must be a string");
				}
				texts.put(lang.get(), text);
			}
			return of(texts);
		}
		throw new IllegalArgumentException("a name is a string or a map of ru, uk, en to strings");
	}

	/** An entry's {@code name} field as the browser's file holds it; null if none. */
	static ScenarioText ofEntry(Object value) {
		return value == null ? null : read(value);
	}

	/** The string, or the map by language code: what the file is written with. */
	@JsonValue
	public Object value() {
		if (plain != null) {
			return plain;
		}
		Map<String, String> out = new LinkedHashMap<>();
		texts.forEach((lang, text) -> out.put(lang.code(), text));
		return out;
	}

	public boolean isPlain() {
		return plain != null;
	}

	/** The text given for the language itself (none for a plain name). */
	public Optional<String> given(Lang lang) {
		return Optional.ofNullable(texts.get(lang)).filter(t -> !t.isBlank());
	}

	/** The text a page in this language shows: its own, else English, else any. */
	public String in(Lang lang) {
		if (plain != null) {
			return plain;
		}
		return given(lang).or(() -> given(Lang.EN))
			.or(() -> texts.values().stream().filter(t -> !t.isBlank()).findFirst())
			.orElse("");
	}

	/**
	 * Whether the page in this language shows a text written for it (a plain name is the
	 * consultant's, in whatever language they typed it: shown as typed, not translated).
	 */
	public boolean translated(Lang lang) {
		return plain == null && given(lang).isPresent();
	}

	/**
	 * The name after a consultant typed {@code text} on a page in {@code lang}: a plain
	 * name becomes the text typed; a name by language gets the text in that language and
	 * keeps the others (a blank text removes that language's, unless it is the last). A
	 * text equal to what the page showed changes nothing, so a name shown in the fallback
	 * language is not copied into another.
	 */
	public ScenarioText with(Lang lang, String text) {
		if (text.equals(in(lang))) {
			return this;
		}
		if (plain != null) {
			return plain(text);
		}
		Map<Lang, String> changed = new EnumMap<>(texts);
		if (text.isBlank()) {
			changed.remove(lang);
			return changed.isEmpty() ? this : of(changed);
		}
		changed.put(lang, text);
		return of(changed);
	}

	/** Each text made into another (a copy's name, per language). */
	public ScenarioText map(BiFunction<Lang, String, String> f, Lang plainIn) {
		if (plain != null) {
			return plain(f.apply(plainIn, plain));
		}
		Map<Lang, String> changed = new EnumMap<>(Lang.class);
		texts.forEach((lang, text) -> changed.put(lang, f.apply(lang, text)));
		return of(changed);
	}

	public boolean isBlank() {
		return plain != null ? plain.isBlank() : texts.values().stream().allMatch(String::isBlank);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ScenarioText t && Objects.equals(plain, t.plain) && texts.equals(t.texts);
	}

	@Override
	public int hashCode() {
		return Objects.hash(plain, texts);
	}

	@Override
	public String toString() {
		return String.valueOf(value());
	}

}
