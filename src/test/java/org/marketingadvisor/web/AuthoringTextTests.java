package org.marketingadvisor.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every error path of the authoring pages (consultant/rules/**) in ru, uk and en: the
 * pages of a draft are crawled from its page, and every form on them is sent with bad
 * input (all empty, ids that do not exist, far too long, the same entry twice), and so
 * are the versions pages' own error paths (unknown versions, drafts, changes). The page
 * that answers (or the one its redirect leads to, with its notices) must show no raw
 * message key ({@code error.xxx}, {@code ??key??}) and, in Russian and Ukrainian, no
 * sentence in Latin letters only; ids, DRL and paths are allowed in {@code <code>},
 * {@code <pre>} and text areas, and elements marked {@code translate="no"} (names people
 * typed). No answer is a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthoringTextTests {

	static final List<String> LANGS = List.of("ru", "uk", "en");

	/**
	 * The whole crawl, every form in every language with every mutation, takes several
	 * minutes ({@code -Dauthoring.text=true}); by default the forms are sent in Russian,
	 * empty and twice over (the versions pages' own error paths in every language).
	 */
	static final boolean FULL = Boolean.getBoolean("authoring.text");

	static List<String> formLangs() {
		return FULL ? LANGS : List.of("ru");
	}

	static boolean sent(String mutation) {
		return FULL || mutation.equals("empty") || mutation.equals("twice");
	}

	/** Forms not sent: they change the live version, log out, or start long jobs. */
	static final Pattern NOT_SENT = Pattern.compile(".*/(publish|logout|impact|cancel|restore)$|.*/rollback$");

	/**
	 * What the test knows is still wrong and belongs to another area of the issue, each
	 * with its owner: a CSS selector of what is left out of the scan. Remove a line once
	 * its owner's work has landed.
	 */
	static final Map<String, String> KNOWN = Map.of();

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

	private static final Pattern LATIN_WORD = Pattern.compile("^\\W*[A-Za-z]{2,}\\W*$");

	private static final Pattern DOTTED = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+");

	private static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");

	private static final Set<String> KEYS = keys();

	@Autowired
	MockMvc mvc;

	@Autowired
	RuleSetVersions versions;

	@Test
	void theScanFindsKeysAndLatinSentencesButNotCodeOrIds() {
		assertThat(problems("<html lang=\"ru\"><body><p>error.answer.option</p></body></html>", "ru")).singleElement()
			.asString()
			.contains("raw key");
		assertThat(problems("<html><body><p>??draft.title_ru??</p></body></html>", "en")).hasSize(1);
		assertThat(problems("<html><body><p>Ответ: draft.title</p></body></html>", "ru")).hasSize(1);
		assertThat(problems("<html><body><p>duplicate scenario id found</p></body></html>", "uk")).singleElement()
			.asString()
			.contains("Latin");
		assertThat(problems("<html><body><p>duplicate scenario id found</p></body></html>", "en")).isEmpty();
		assertThat(problems("<html><body><p>Файл <code>rules/findings/a.drl</code>: ошибка в "
				+ "<code>finding.owner-bottleneck</code></p><pre>rule \"x\" when then end</pre>"
				+ "<textarea>rule \"y\" when then end</textarea><span lang=\"en\">English</span>"
				+ "<span translate=\"no\">Owner hires by referral only</span><p>v2 · olena · 2026-12-02 UTC</p>"
				+ "</body></html>", "ru"))
			.isEmpty();
	}

	@Test
	void noErrorPathOfTheAuthoringPagesShowsARawKeyOrAnUntranslatedSentence() throws Exception {
		UUID draft = newDraft();
		Map<String, String> found = new LinkedHashMap<>();
		int requests = 0;
		// the versions pages' own error paths
		List<MockHttpServletRequestBuilder> fixed = new ArrayList<>(List.of(get("/consultant/rules/diff?from=1&to=42"),
				get("/consultant/rules/drafts/" + UUID.randomUUID()), get("/consultant/rules/versions/999/zip"),
				post("/consultant/rules/versions/999/rollback"),
				post("/consultant/rules/drafts/" + UUID.randomUUID() + "/publish"),
				post("/consultant/rules/drafts/" + UUID.randomUUID() + "/discard"),
				post("/consultant/rules/drafts/" + UUID.randomUUID() + "/restore"),
				post("/consultant/rules/drafts/" + draft + "/history/99/undo"),
				post("/consultant/rules/drafts/" + draft + "/discard"),
				post("/consultant/rules/drafts").param("message", "я".repeat(5000)),
				get("/consultant/rules/impact/" + UUID.randomUUID()),
				post("/consultant/rules/drafts/" + UUID.randomUUID() + "/impact"),
				get("/consultant/rules/drafts/" + draft + "/guided?rule=nope"),
				get("/consultant/rules/drafts/" + draft + "/rule?name=nope")));
		for (String lang : LANGS) {
			for (MockHttpServletRequestBuilder request : fixed) {
				requests++;
				scan(request.param("lang", lang), lang, found);
			}
		}
		// every form of every page of the draft, with bad input
		Set<String> pages = new LinkedHashSet<>(List.of("/consultant/rules", "/consultant/rules/drafts/" + draft));
		collectLinks(page("/consultant/rules/drafts/" + draft, "ru"), draft, pages);
		for (String path : List.copyOf(pages)) {
			collectLinks(page(path, "ru"), draft, pages);
		}
		for (String path : pages) {
			Document page = page(path, "ru");
			for (Element form : page.select("form[method=post]")) {
				String action = form.attr("action");
				if (action.isEmpty() || NOT_SENT.matcher(action.replaceAll("[?#].*", "")).matches()
						|| !action.contains("/rules")) {
					continue;
				}
				for (Map.Entry<String, UnaryOperator<String>> mutation : MUTATIONS.entrySet()) {
					if (!sent(mutation.getKey())) {
						continue;
					}
					for (Map<String, List<String>> fields : submissions(form, mutation.getValue())) {
						for (String lang : formLangs()) {
							int times = mutation.getKey().equals("twice") ? 2 : 1;
							for (int i = 0; i < times; i++) {
								requests++;
								MockHttpServletRequestBuilder request = post(action).param("lang", lang);
								fields.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
								scan(request, lang, found, path + " form " + action + " (" + mutation.getKey() + ")");
							}
						}
					}
				}
			}
		}
		versions.awaitChecks();
		System.out.println("AuthoringTextTests: " + requests + " requests over " + pages.size() + " pages: " + pages);
		assertThat(requests).as("requests made").isGreaterThan(100);
		assertThat(pages).as("pages crawled")
			.anyMatch(p -> p.endsWith("/guided"))
			.anyMatch(p -> p.endsWith("/scenarios"))
			.anyMatch(p -> p.endsWith("/knowledge"));
		Files.write(Path.of("target", "authoring-text-findings.txt"), found.keySet());
		assertThat(found.keySet()).as("raw keys and untranslated sentences on authoring pages (%d)", found.size())
			.isEmpty();
	}

	/** How a form's fields are spoilt: by the value each field gets. */
	static final Map<String, UnaryOperator<String>> MUTATIONS = new LinkedHashMap<>();

	static {
		MUTATIONS.put("empty", v -> "");
		MUTATIONS.put("wrong ids", v -> "nope-" + Math.abs(v.hashCode() % 1000));
		MUTATIONS.put("too long", v -> "я".repeat(3000));
		MUTATIONS.put("twice", v -> v.isEmpty() ? "dup-entry" : v);
	}

	/**
	 * The fields a form sends with every text, number, hidden field, select and text area
	 * spoilt, once for each named submit button (or once when it has none).
	 */
	static List<Map<String, List<String>>> submissions(Element form, UnaryOperator<String> spoil) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		for (Element field : form.select("input[name], select[name], textarea[name]")) {
			String name = field.attr("name");
			String type = field.attr("type").toLowerCase();
			if (name.equals("_csrf") || name.equals("lang") || type.equals("submit") || type.equals("button")) {
				continue;
			}
			if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
				continue;
			}
			String value = field.tagName().equals("select") ? field.select("option[selected]").val()
					: field.tagName().equals("textarea") ? field.text() : field.val();
			fields.computeIfAbsent(name, k -> new ArrayList<>()).add(spoil.apply(value));
		}
		// fields outside the form that belong to it
		List<Map<String, List<String>>> all = new ArrayList<>();
		List<Element> buttons = form.select("button[name], input[type=submit][name]");
		if (buttons.isEmpty()) {
			all.add(fields);
		}
		for (Element button : buttons) {
			Map<String, List<String>> with = new LinkedHashMap<>(fields);
			with.put(button.attr("name"), List.of(button.val()));
			all.add(with);
		}
		return all;
	}

	private void scan(MockHttpServletRequestBuilder request, String lang, Map<String, String> found) throws Exception {
		scan(request, lang, found, null);
	}

	private void scan(MockHttpServletRequestBuilder request, String lang, Map<String, String> found, String what)
			throws Exception {
		MvcResult result = mvc.perform(request.with(consultant()).with(csrf())).andReturn();
		MockHttpServletResponse response = result.getResponse();
		String name = (what == null ? result.getRequest().getMethod() + " " + result.getRequest().getRequestURI()
				: what) + " [" + lang + "]";
		assertThat(response.getStatus()).as(name + " answers without a server error").isLessThan(500);
		String html = response.getContentAsString();
		if (response.getRedirectedUrl() != null && response.getRedirectedUrl().startsWith("/")) {
			String target = response.getRedirectedUrl().replaceAll("#.*", "");
			MockHttpServletRequestBuilder follow = get(target).param("lang", lang).with(consultant());
			if (!result.getFlashMap().isEmpty()) {
				// an empty map is refused by the builder
				follow.flashAttrs(result.getFlashMap());
			}
			MvcResult next = mvc.perform(follow).andReturn();
			assertThat(next.getResponse().getStatus()).as(name + " leads to " + target).isLessThan(500);
			html = next.getResponse().getContentAsString();
		}
		if (html.isBlank() || !String.valueOf(response.getContentType()).contains("html") && html.startsWith("{")) {
			return;
		}
		for (String problem : problems(html, lang)) {
			found.putIfAbsent(name + ": " + problem, "");
		}
	}

	/** What is wrong with a page's text in that language. */
	static List<String> problems(String html, String lang) {
		Document doc = Jsoup.parse(html);
		doc.select("code, pre, textarea, script, style, kbd, samp, [translate=no], option[value^=nope]").remove();
		KNOWN.keySet().forEach(selector -> doc.select(selector).remove());
		Element root = doc.selectFirst("html");
		for (Element e : doc.select("[lang]")) {
			if (e != root && !e.attr("lang").equals(lang)) {
				e.remove();
			}
		}
		List<String> problems = new ArrayList<>();
		for (Element e : doc.getAllElements()) {
			for (TextNode node : e.textNodes()) {
				check(node.text().strip(), lang, problems);
			}
			for (String attribute : List.of("title", "placeholder", "aria-label", "alt")) {
				if (e.hasAttr(attribute)) {
					check(e.attr(attribute), lang, problems);
				}
			}
		}
		return problems;
	}

	private static void check(String text, String lang, List<String> problems) {
		if (text.isEmpty()) {
			return;
		}
		Matcher missing = MISSING_KEY.matcher(text);
		if (missing.find()) {
			problems.add("raw key " + missing.group() + " in “" + text + "”");
			return;
		}
		for (String word : text.split("\\s+")) {
			String token = word.replaceAll("^[^a-z]+|[^a-z0-9]+$", "");
			if (token.length() < 200 && DOTTED.matcher(token).matches()
					&& (KEYS.contains(token) || token.startsWith("error.") || token.startsWith("problem."))) {
				problems.add("raw key " + token + " in “" + text + "”");
				return;
			}
		}
		if (!lang.equals("en") && !CYRILLIC.matcher(text).find()) {
			int count = 0;
			for (String token : text.split("\\s+")) {
				// addresses and paths are not words
				if (!token.contains("/") && !token.contains("://")
						&& LATIN_WORD.matcher(token.length() > 40 ? "" : token).find()) {
					count++;
				}
			}
			if (count >= 3) {
				problems.add("Latin-only sentence “" + text + "”");
			}
		}
	}

	private static void collectLinks(Document page, UUID draft, Set<String> pages) {
		for (Element a : page.select("a[href]")) {
			String href = a.attr("href").replaceAll("[?#].*", "");
			if (href.startsWith("/consultant/rules/drafts/" + draft + "/") && !href.endsWith("/check")
					&& !href.endsWith("/discard")) {
				pages.add(href);
			}
		}
	}

	private Document page(String path, String lang) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).param("lang", lang).with(consultant()))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private UUID newDraft() throws Exception {
		String location = mvc.perform(post("/consultant/rules/drafts").with(consultant()).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.replaceAll(".*/|#.*", ""));
	}

	private static RequestPostProcessor consultant() {
		return user("olena").roles("CONSULTANT");
	}

	private static Set<String> keys() {
		Properties p = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages_en.properties"))) {
			p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return new TreeSet<>(p.stringPropertyNames());
	}

}
