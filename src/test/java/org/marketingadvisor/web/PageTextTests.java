package org.marketingadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Severity;

/**
 * Every visible word of the pages comes from the message bundles (or the knowledge base):
 * no template holds text of its own, and every key exists in all three languages.
 */
class PageTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path JAVA = Path.of("src/main/java");

	/** Attributes a person reads or hears (tooltips, screen readers, placeholders). */
	private static final Set<String> READ_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label",
			"aria-valuetext", "aria-roledescription", "label");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9.\\-]+)[}(]");

	private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{\\|([A-Za-z0-9.\\-]+)\\$\\{");

	private static final Pattern JAVA_KEY = Pattern
		.compile("\"((?:error|answer|q|review|report|home|severity|site|page|lang|footer)\\.[a-z0-9.\\-]+)\"");

	/**
	 * The hard-coded texts of one template: text nodes and read attributes with letters.
	 */
	static List<String> hardCodedText(String html) {
		Document doc = Jsoup.parse(html);
		List<String> found = new ArrayList<>();
		for (Element e : doc.getAllElements()) {
			if (e.tagName().equals("script") || e.tagName().equals("style")) {
				continue;
			}
			for (TextNode text : e.textNodes()) {
				if (LETTER.matcher(text.text()).find()) {
					found.add("<" + e.tagName() + "> text \"" + text.text().strip() + "\"");
				}
			}
			e.attributes().forEach(a -> {
				boolean read = READ_ATTRIBUTES.contains(a.getKey()) || e.tagName().equals("input")
						&& a.getKey().equals("value") && Set.of("submit", "button", "reset").contains(e.attr("type"));
				if (read && LETTER.matcher(a.getValue()).find()) {
					found.add("<" + e.tagName() + "> " + a.getKey() + "=\"" + a.getValue() + "\"");
				}
			});
		}
		return found;
	}

	@Test
	void theCheckCatchesTextAndReadAttributesButNotExpressions() {
		assertThat(hardCodedText("<p>Hello</p>")).hasSize(1);
		assertThat(hardCodedText("<p th:text=\"#{x}\">Placeholder</p>")).hasSize(1);
		assertThat(hardCodedText("<img alt=\"logo\" th:src=\"@{/a.png}\">")).hasSize(1);
		assertThat(hardCodedText("<input type=\"submit\" value=\"Go\">")).hasSize(1);
		assertThat(hardCodedText("<p>Привет</p><span>Готово</span>")).hasSize(2);
		assertThat(hardCodedText("<p th:text=\"#{x}\"></p><input type=\"radio\" value=\"yes\"> <p> : 1 </p>"
				+ "<button type=\"submit\" name=\"action\" value=\"next\" th:text=\"#{q.next}\"></button>"))
			.isEmpty();
	}

	@Test
	void noTemplateHoldsTextOfItsOwn() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			hardCodedText(Files.readString(template))
				.forEach(p -> problems.add(TEMPLATES.relativize(template) + ": " + p));
		}
		assertThat(problems).as("hard-coded text in templates; use #{...} and the message bundles").isEmpty();
	}

	@Test
	void theThreeBundlesHaveTheSameKeysAndNoEmptyText() throws IOException {
		Map<Lang, Properties> bundles = bundles();
		Set<String> all = new TreeSet<>();
		bundles.values().forEach(p -> all.addAll(p.stringPropertyNames()));
		for (Lang lang : Lang.values()) {
			Properties p = bundles.get(lang);
			assertThat(new TreeSet<>(p.stringPropertyNames())).as("keys of the %s bundle", lang.code())
				.containsExactlyElementsOf(all);
			assertThat(p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()))
				.as("empty texts in %s", lang.code())
				.isEmpty();
		}
	}

	@Test
	void everyKeyThePagesAndCodeUseExistsInEveryLanguage() throws IOException {
		Set<String> used = new TreeSet<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			Matcher m = STATIC_KEY.matcher(html);
			while (m.find()) {
				used.add(m.group(1));
			}
			Matcher d = DYNAMIC_KEY.matcher(html);
			while (d.find()) {
				used.addAll(expand(d.group(1)));
			}
		}
		try (Stream<Path> files = Files.walk(JAVA)) {
			for (Path java : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher m = JAVA_KEY.matcher(Files.readString(java));
				while (m.find()) {
					used.add(m.group(1));
				}
			}
		}
		assertThat(used).contains("home.title", "q.progress", "error.answer.required");
		for (var entry : bundles().entrySet()) {
			assertThat(used).as("keys missing from the %s bundle", entry.getKey().code())
				.allMatch(entry.getValue()::containsKey);
		}
	}

	@Test
	void noAsciiApostrophesWhichMessageFormatWouldSwallow() throws IOException {
		for (var entry : bundles().entrySet()) {
			entry.getValue()
				.forEach((k, v) -> assertThat((String) v).as("%s in %s", k, entry.getKey().code()).doesNotContain("'"));
		}
	}

	/** The keys a dynamic key prefix can produce, from the values it is built with. */
	private static List<String> expand(String prefix) {
		return switch (prefix) {
			case "lang.name." -> Stream.of(Lang.values()).map(l -> prefix + l.code()).toList();
			case "severity." -> Stream.of(Severity.values()).map(s -> prefix + s.code()).toList();
			case "answer." -> List.of("answer.yes", "answer.no");
			case "audit.action." ->
				org.marketingadvisor.audit.AuditTrail.ACTIONS.stream().map(a -> prefix + a).toList();
			case "role." -> Stream.of(org.marketingadvisor.security.Role.values()).map(r -> prefix + r.name()).toList();
			case "versions.origin." -> Stream.of(org.marketingadvisor.ruleset.VersionStore.Origin.values())
				.map(o -> prefix + o.name())
				.toList();
			case "draft.status." -> Stream.of(org.marketingadvisor.ruleset.VersionStore.Status.values())
				.map(o -> prefix + o.name())
				.toList();
			case "diff.change." ->
				Stream.of(org.marketingadvisor.ruleset.Diffs.Change.values()).map(c -> prefix + c.name()).toList();
			case "guided.op." -> Stream
				.concat(Stream.of(org.marketingadvisor.knowledge.QuestionType.values())
					.flatMap(t -> org.marketingadvisor.editor.GuidedRule.operatorsFor(t).stream()),
						org.marketingadvisor.editor.GuidedRule.FINDING_OPERATORS.stream())
				.distinct()
				.map(o -> prefix + o)
				.toList();
			case "guided.new." -> List.of("guided.new.title", "guided.new.text", "guided.new.action");
			case "knowledge.field." ->
				Stream.of("text", "help", "label", "title", "description", "summary").map(f -> prefix + f).toList();
			case "knowledge.type." ->
				Stream.of(org.marketingadvisor.knowledge.QuestionType.values()).map(t -> prefix + t.code()).toList();
			case "scenarios." -> List.of("scenarios.expect.recommendations", "scenarios.expect.findings",
					"scenarios.absent.recommendations", "scenarios.absent.findings");
			default -> throw new AssertionError("a dynamic message key this test does not know: " + prefix);
		};
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> html = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
			assertThat(html).isNotEmpty();
			return html;
		}
	}

	private static Map<Lang, Properties> bundles() throws IOException {
		return Map.of(Lang.RU, load("messages.properties"), Lang.UK, load("messages_uk.properties"), Lang.EN,
				load("messages_en.properties"));
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			p.load(reader);
		}
		return p;
	}

}
