package org.marketingadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every problem a checker reports is said in ru, uk and en: each {@code problem.*} key is
 * in the three bundles, every key the checkers name exists, and each message renders with
 * nothing left of its pattern (no placeholder, no doubled quote); the Russian and
 * Ukrainian texts are not English left untranslated.
 */
class ProblemMessagesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

	private static final Pattern KEY_IN_CODE = Pattern.compile("\"(problem\\.[a-z0-9.-]+)\"");

	private static final ResourceBundleMessageSource BUNDLES = new ResourceBundleMessageSource();

	static {
		BUNDLES.setBasename("messages");
		BUNDLES.setDefaultEncoding("UTF-8");
		BUNDLES.setFallbackToSystemLocale(false);
	}

	private static Properties bundle(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = ProblemMessagesTests.class.getResourceAsStream("/" + name + ".properties")) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	private static Set<String> problemKeys(Properties p) {
		Set<String> keys = new TreeSet<>();
		p.stringPropertyNames().stream().filter(k -> k.startsWith("problem.")).forEach(keys::add);
		return keys;
	}

	@Test
	void everyProblemKeyIsInTheThreeBundles() throws IOException {
		Set<String> en = problemKeys(bundle("messages_en"));
		assertThat(en).hasSizeGreaterThan(150);
		assertThat(problemKeys(bundle("messages"))).isEqualTo(en);
		assertThat(problemKeys(bundle("messages_uk"))).isEqualTo(en);
	}

	@Test
	void everyKeyTheCheckersNameIsInTheBundles() throws IOException {
		Set<String> en = problemKeys(bundle("messages_en"));
		Set<String> named = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
				while (m.find()) {
					named.add(m.group(1));
				}
			}
		}
		assertThat(named).hasSizeGreaterThan(100);
		for (String key : named) {
			if (key.endsWith(".")) {
				// a prefix completed in code (problem.drl.reach. + what a word reaches)
				assertThat(en).as(key).anyMatch(k -> k.startsWith(key));
			}
			else {
				assertThat(en).as(key).contains(key);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(Lang.class)
	void everyProblemRendersCompletelyInItsLanguage(Lang lang) throws IOException {
		Properties en = bundle("messages_en");
		for (String key : problemKeys(en)) {
			int count = 0;
			Matcher m = PLACEHOLDER.matcher(en.getProperty(key));
			while (m.find()) {
				count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
			}
			Object[] args = new Object[count];
			for (int i = 0; i < count; i++) {
				args[i] = "«x" + i + "»";
			}
			String text = BUNDLES.getMessage(Problem.phrase(key, args), lang.locale());
			assertThat(text).as(lang + " " + key).isNotBlank().doesNotContain("''").doesNotContainPattern("\\{\\d+\\}");
			for (Object arg : args) {
				assertThat(text).as(lang + " " + key + " shows its arguments").contains(arg.toString());
			}
			if (lang != Lang.EN && !key.equals(Problem.TEXT)) {
				assertThat(text.replaceAll("«x\\d+»", "")).as(lang + " " + key + " is translated")
					.containsPattern("\\p{IsCyrillic}");
			}
		}
	}

	@Test
	void aPhraseInAProblemIsSaidInTheProblemsLanguage() {
		Problem problem = Problem.at("rules/x.drl", 4, 7, "problem.drl.pattern-type", "Probe", "Files",
				Problem.phrase("problem.drl.reaches", Problem.phrase("problem.drl.reach.files")));
		assertThat(BUNDLES.getMessage(problem, Lang.RU.locale())).contains("«Probe»", "файлы")
			.doesNotContain("would reach");
		assertThat(BUNDLES.getMessage(problem, Lang.UK.locale())).contains("«Probe»", "файли");
		assertThat(problem.english())
			.isEqualTo("rules/x.drl:4:7: rule \"Probe\" matches ‘Files’, which would reach files"
					+ ": a condition may only match Answer, Finding or Recommendation");
		assertThat(BUNDLES.getMessage(problem, Locale.ENGLISH)).isEqualTo(problem.englishText());
	}

	@Test
	void aProblemOfTheDroolsCompilerCarriesItsTextAndPlace() {
		Problem problem = Problem.drools("rules/x.drl", 3, null, "Unable to resolve ObjectType 'Foo'");
		assertThat(problem.where()).isEqualTo("rules/x.drl:3");
		assertThat(problem.key()).isEqualTo(Problem.DROOLS);
		assertThat(BUNDLES.getMessage(problem, Lang.RU.locale()))
			.isEqualTo("компилятор Drools сообщает: " + "Unable to resolve ObjectType 'Foo'");
		assertThat(problem.under("knowledge-base/").file()).isEqualTo("knowledge-base/rules/x.drl");
		assertThat(Problem.text("old").where()).isNull();
	}

}
