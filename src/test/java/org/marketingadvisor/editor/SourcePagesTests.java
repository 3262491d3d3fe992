package org.marketingadvisor.editor;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The sources page: a consultant adds a document with its first heuristic and another
 * heuristic, cites it from new advice in the guided editor (where the picker shows
 * paraphrases under document titles, not ids), and a refused form names each mistake next
 * to its field in the page's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SourcePagesTests {

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

	@Autowired
	MockMvc mvc;

	@Autowired
	VersionStore store;

	@Autowired
	RuleSetVersions versions;

	private KnowledgeBase kb(UUID draft) {
		return KnowledgeBaseLoader.load(store.content(draft).knowledgeBaseFiles());
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder b, String lang) {
		return b.param("lang", lang).with(user("olena").roles("CONSULTANT")).with(csrf());
	}

	private static MockHttpServletRequestBuilder document(UUID draft, String lang, String... changed) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("title.uk", "Нотатки з практики: мобільна версія сайту");
		fields.put("publisher", "Собственная практика");
		fields.put("date", "2026-11-30");
		fields.put("link", "https://example.org/notes/mobile");
		for (int i = 0; i < changed.length; i += 2) {
			fields.put(changed[i], changed[i + 1]);
		}
		MockHttpServletRequestBuilder b = as(post("/consultant/rules/drafts/" + draft + "/knowledge/sources/document"),
				lang);
		fields.forEach(b::param);
		return b.param("language", "ru")
			.param("title.ru", "Заметки из практики: мобильная версия сайта")
			.param("title.en", "Practice notes: the mobile site")
			.param("author", "Олена Коваль")
			.param("note.ru", "Наблюдения по аудитам сайтов малого бизнеса.")
			.param("note.uk", "Спостереження з аудитів сайтів малого бізнесу.")
			.param("note.en", "Observations from audits of small-business websites.")
			.param("paraphrase.ru", "Платный трафик на сайт, неудобный на телефоне, в основном теряется.")
			.param("paraphrase.uk", "Платний трафік на сайт, незручний на телефоні, здебільшого втрачається.")
			.param("paraphrase.en", "Paid traffic sent to a site that is awkward on a phone is mostly wasted.")
			.param("place.ru", "Аудит 3, вывод")
			.param("place.uk", "Аудит 3, висновок")
			.param("place.en", "Audit 3, conclusion");
	}

	@Test
	void aDocumentAndItsHeuristicsAreAddedAndCitedFromNewAdvice() throws Exception {
		UUID draft = versions.newDraft("sources");
		MockHttpServletResponse saved = mvc.perform(document(draft, "en")).andReturn().getResponse();
		assertThat(saved.getStatus()).as(Jsoup.parse(saved.getContentAsString()).select("#problems").text())
			.isEqualTo(302);
		KnowledgeBase kb = kb(draft);
		var doc = kb.document("doc.practice-notes-the-mobile-site").orElseThrow();
		assertThat(doc.author()).isEqualTo("Олена Коваль");
		assertThat(doc.link()).isEqualTo("https://example.org/notes/mobile");
		assertThat(doc.date()).isEqualTo("2026-11-30");
		assertThat(kb.heuristics().stream().filter(h -> h.document().equals(doc.id()))).hasSize(1);

		String heuristic = "h.practice-notes-the-mobile-site.test-before-paying";
		var heuristicSaved = mvc
			.perform(as(post("/consultant/rules/drafts/" + draft + "/knowledge/sources/heuristic"), "ru")
				.param("code", heuristic)
				.param("document", doc.id())
				.param("paraphrase.ru", "Перед запуском рекламы откройте сайт на телефоне и пройдите путь до заявки.")
				.param("paraphrase.uk", "Перед запуском реклами відкрийте сайт на телефоні й пройдіть шлях до заявки.")
				.param("paraphrase.en", "Before running ads, open the site on a phone and walk the way to an enquiry.")
				.param("place.ru", "Аудит 5")
				.param("place.uk", "Аудит 5")
				.param("place.en", "Audit 5"))
			.andReturn();
		assertThat(heuristicSaved.getResponse().getStatus()).isEqualTo(302);
		assertThat(kb(draft).heuristic(heuristic)).isPresent();
		// the notice names it as the picker does, by its paraphrase and place, not its id
		assertThat(heuristicSaved.getFlashMap().get("saved")).asString()
			.startsWith("Совет «Перед запуском рекламы откройте сайт")
			.endsWith("(Аудит 5)» сохранён в черновике.")
			.doesNotContain(heuristic);

		Document sources = Jsoup
			.parse(mvc.perform(get("/consultant/rules/drafts/" + draft + "/knowledge/sources").param("lang", "ru")
				.with(user("olena").roles("CONSULTANT"))).andReturn().getResponse().getContentAsString());
		assertThat(sources.select("#doc-practice-notes-the-mobile-site h2").text())
			.isEqualTo("Заметки из практики: мобильная версия сайта");
		assertThat(sources.select("#doc-practice-notes-the-mobile-site").text()).contains("Олена Коваль",
				"Перед запуском рекламы");

		// the guided editor's picker: paraphrases under the document's title, not ids
		Document guided = Jsoup
			.parse(mvc.perform(get("/consultant/rules/drafts/" + draft + "/guided").param("lang", "en")
				.with(user("olena").roles("CONSULTANT"))).andReturn().getResponse().getContentAsString());
		var option = guided.selectFirst("#new-heuristics option[value='" + heuristic + "']");
		assertThat(option.text()).startsWith("Before running ads, open the site on a phone").endsWith("(Audit 5)");
		assertThat(option.parent().attr("label")).isEqualTo("Practice notes: the mobile site");
		assertThat(guided.select("#new-heuristics option").eachText()).noneMatch(t -> t.startsWith("h."));

		// new advice cites it
		assertThat(mvc
			.perform(as(post("/consultant/rules/drafts/" + draft + "/guided/conclusion"), "en")
				.param("type", "recommendation")
				.param("id", "fix-mobile-site-first")
				.param("area", "budget-analytics")
				.param("level", "high")
				.param("heuristics", heuristic)
				.param("title.ru", "Сначала сделайте сайт удобным на телефоне")
				.param("title.uk", "Спершу зробіть сайт зручним на телефоні")
				.param("title.en", "Make the site work on phones first")
				.param("text.ru", "Суть")
				.param("text.uk", "Суть")
				.param("text.en", "Gist")
				.param("action.ru", "Шаг")
				.param("action.uk", "Крок")
				.param("action.en", "Step"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(kb(draft).recommendation("rec.fix-mobile-site-first").orElseThrow().heuristics())
			.containsExactly(heuristic);
	}

	@Test
	void aRefusedSourceNamesEachMistakeNextToItsFieldInThePagesLanguage() throws Exception {
		UUID draft = versions.newDraft("source errors");
		for (String lang : List.of("ru", "uk", "en")) {
			MockHttpServletResponse refused = mvc
				.perform(document(draft, lang, "title.uk", "", "date", "30.11.2026", "link", "example.org", "publisher",
						""))
				.andReturn()
				.getResponse();
			assertThat(refused.getStatus()).isEqualTo(422);
			Document page = Jsoup.parse(refused.getContentAsString());
			List<String> errors = page.select(".field-error").eachText();
			assertThat(errors).hasSize(4);
			assertThat(page.select("#title-uk-error")).hasSize(1);
			assertThat(page.select("#date-error")).hasSize(1);
			assertThat(page.select("#link-error")).hasSize(1);
			assertThat(page.select("#publisher-error")).hasSize(1);
			// what was typed stays
			assertThat(page.select("#title-ru").text()).isEqualTo("Заметки из практики: мобильная версия сайта");
			assertThat(page.select("#paraphrase-en").text()).startsWith("Paid traffic");
			for (String e : errors) {
				assertThat(e).doesNotContainPattern("^[a-z]+(\\.[a-z-]+)+$");
				// (an English page names languages as they name themselves, so only ru
				// and
				// uk are checked for a Latin-only sentence)
				if (!lang.equals("en")) {
					assertThat(CYRILLIC.matcher(e).find()).as(lang + ": " + e).isTrue();
				}
			}
		}
		assertThat(kb(draft).documents()).noneMatch(d -> d.id().equals("doc.practice-notes-the-mobile-site"));

		MockHttpServletResponse heuristic = mvc
			.perform(as(post("/consultant/rules/drafts/" + draft + "/knowledge/sources/heuristic"), "uk")
				.param("document", "")
				.param("paraphrase.ru", "Текст"))
			.andReturn()
			.getResponse();
		Document page = Jsoup.parse(heuristic.getContentAsString());
		assertThat(page.select("#document-error").text()).isEqualTo("Виберіть джерело зі списку.");
		assertThat(page.select("#paraphrase-uk-error").text()).contains("«Українська»").doesNotContain("{");
	}

}
