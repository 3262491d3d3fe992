package org.marketingadvisor.scenario;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marketingadvisor.knowledge.SourceFile;
import org.marketingadvisor.ruleset.Content;

/**
 * Ids of scenarios: made from a name in any of the product's languages (Cyrillic
 * transliterated), so a consultant need not invent one, and kept free of those taken.
 */
final class ScenarioIds {

	/** The longest id part made from a name. */
	static final int MAX = 48;

	private static final Map<Character, String> CYRILLIC = Map.ofEntries(Map.entry('а', "a"), Map.entry('б', "b"),
			Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"),
			Map.entry('ё', "e"), Map.entry('є', "ye"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
			Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"),
			Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
			Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"),
			Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
			Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
			Map.entry('я', "ya"));

	private static final Pattern ID_LINE = Pattern.compile("(?m)^\\s*-?\\s*id:\\s*\"?([^\"\\s]+)\"?\\s*$");

	private ScenarioIds() {
	}

	/** The id part made from a name: small Latin letters, digits, single hyphens. */
	static String fromName(String name) {
		StringBuilder out = new StringBuilder();
		String lower = name.toLowerCase(Locale.ROOT);
		for (char c : lower.toCharArray()) {
			String t = CYRILLIC.get(c);
			out.append(t != null ? t : String.valueOf(c));
		}
		String ascii = Normalizer.normalize(out, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX) {
			slug = slug.substring(0, MAX).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "scenario" : slug;
	}

	/**
	 * {@code wanted}, or the first of {@code wanted-2}, {@code wanted-3}... not taken.
	 */
	static String free(String wanted, Set<String> taken) {
		if (!taken.contains(wanted)) {
			return wanted;
		}
		for (int n = 2;; n++) {
			if (!taken.contains(wanted + "-" + n)) {
				return wanted + "-" + n;
			}
		}
	}

	/** Every scenario id of the content, even of a file that does not load. */
	static Set<String> taken(Content content) {
		Set<String> ids = new HashSet<>();
		for (SourceFile f : content.scenarioFiles()) {
			Matcher m = ID_LINE.matcher(f.text());
			while (m.find()) {
				ids.add(m.group(1));
			}
		}
		return ids;
	}

}
