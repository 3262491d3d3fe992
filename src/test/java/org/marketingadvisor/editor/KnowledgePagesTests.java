package org.marketingadvisor.editor;

import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.Diffs;
import org.marketingadvisor.ruleset.RuleSetVersions;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.QuestionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Knowledge-base editing over HTTP: a changed title is one changed line of the file; a
 * missing translation is named and nothing is saved; an option's label is found inside
 * its question; a new question is added to its section and validated like at start-up.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KnowledgePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	VersionStore store;

	@Autowired
	RuleSetVersions versions;

	private KnowledgeBase kb(UUID draft) {
		return KnowledgeBaseLoader.load(store.content(draft).knowledgeBaseFiles());
	}

	private static MockHttpServletRequestBuilder edit(UUID draft, String kind, String entry, String option) {
		MockHttpServletRequestBuilder b = post("/consultant/rules/drafts/" + draft + "/knowledge/edit")
			.param("lang", "en")
			.param("kind", kind)
			.param("entry", entry)
			.with(user("olena").roles("CONSULTANT"))
			.with(csrf());
		return option == null ? b : b.param("option", option);
	}

	@Test
	void aChangedTitleIsOneChangedLineAndAMissingTranslationIsNamed() throws Exception {
		UUID draft = versions.newDraft("texts");
		var rec = kb(draft).recommendation("rec.appoint-responsible").orElseThrow();
		mvc.perform(edit(draft, "recommendation", rec.id(), null).param("title.ru", rec.title().get(Lang.RU))
			.param("title.uk", rec.title().get(Lang.UK))
			.param("title.en", "Name one person who answers for internet marketing")
			.param("summary.ru", rec.summary().get(Lang.RU))
			.param("summary.uk", rec.summary().get(Lang.UK))
			.param("summary.en", rec.summary().get(Lang.EN))).andExpect(status().is3xxRedirection());
		assertThat(kb(draft).recommendation(rec.id()).orElseThrow().title().get(Lang.EN))
			.isEqualTo("Name one person who answers for internet marketing");
		var live = store.content(store.byNumber(versions.liveNumber()).orElseThrow().id());
		assertThat(Diffs.between(live, store.content(draft))).singleElement().satisfies(d -> {
			assertThat(d.path()).isEqualTo("knowledge-base/recommendations.yaml");
			assertThat(d.added()).isEqualTo(1);
			assertThat(d.removed()).isEqualTo(1);
		});

		String before = store.content(draft).files().get("knowledge-base/recommendations.yaml");
		Document refused = Jsoup
			.parse(mvc
				.perform(edit(draft, "recommendation", rec.id(), null).param("title.ru", "Новый")
					.param("title.uk", "")
					.param("title.en", "New")
					.param("summary.ru", "a")
					.param("summary.uk", "b")
					.param("summary.en", "c"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(refused.select("#problems .problem").text()).startsWith("Title: the").contains("text is missing");
		assertThat(refused.select("#title-ru").text()).isEqualTo("Новый");
		assertThat(store.content(draft).files().get("knowledge-base/recommendations.yaml")).isEqualTo(before);
	}

	@Test
	void anOptionsLabelIsFoundInsideItsQuestion() throws Exception {
		UUID draft = versions.newDraft("option");
		var q = kb(draft).question("company.owners").orElseThrow();
		var option = q.options().get(0);
		var saved = mvc
			.perform(edit(draft, "option", q.id(), option.id()).param("label.ru", option.label().get(Lang.RU))
				.param("label.uk", option.label().get(Lang.UK))
				.param("label.en", "A single owner who also runs the business"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		var changed = kb(draft).question("company.owners").orElseThrow().options();
		assertThat(saved.getFlashMap().get("saved"))
			.isEqualTo("“A single owner who also runs the business” saved in the draft.");
		assertThat(changed.get(0).label().get(Lang.EN)).isEqualTo("A single owner who also runs the business");
		assertThat(changed.get(1).label()).isEqualTo(q.options().get(1).label());
	}

	@Test
	void aNewQuestionIsAddedToItsSectionAndValidated() throws Exception {
		UUID draft = versions.newDraft("question");
		java.util.function.Function<String, MockHttpServletRequestBuilder> question = neverEn -> post(
				"/consultant/rules/drafts/" + draft + "/knowledge/question")
			.param("lang", "en")
			.param("section", "company")
			.param("qid", "company.review-rhythm")
			.param("type", "single")
			.param("text.ru", "Как часто вы разбираете результаты маркетинга?")
			.param("text.uk", "Як часто ви розбираєте результати маркетингу?")
			.param("text.en", "How often do you review marketing results?")
			.param("help.ru", "Достаточно примерного ответа.")
			.param("help.uk", "Досить приблизної відповіді.")
			.param("help.en", "A rough answer is enough.")
			.param("options[0].id", "weekly")
			.param("options[0].ru", "Еженедельно")
			.param("options[0].uk", "Щотижня")
			.param("options[0].en", "Weekly")
			.param("options[1].ru", "Никогда")
			.param("options[1].uk", "Ніколи")
			.param("options[1].en", neverEn)
			.param("options[2].ru", "")
			.with(user("olena").roles("CONSULTANT"))
			.with(csrf());
		Document refused = Jsoup.parse(mvc.perform(question.apply(""))
			.andExpect(status().is4xxClientError())
			.andReturn()
			.getResponse()
			.getContentAsString());
		// the second row has no English label, so no id can be made from it either
		assertThat(refused.select("#problems .problem").eachText())
			.contains("The English label of this option is missing.");
		assertThat(refused.select("input[name='options[1].ru']").val()).isEqualTo("Никогда");
		assertThat(refused.select("#qid").val()).isEqualTo("company.review-rhythm");
		assertThat(kb(draft).question("company.review-rhythm")).isEmpty();

		var second = mvc.perform(question.apply("Never")).andReturn().getResponse();
		String problems = Jsoup.parse(second.getContentAsString()).select("#problems").text();
		assertThat(second.getStatus()).as(problems).isEqualTo(302);
		KnowledgeBase kb = kb(draft);
		var added = kb.question("company.review-rhythm").orElseThrow();
		assertThat(added.type()).isEqualTo(QuestionType.SINGLE);
		// the id of the second option is made from its English label
		assertThat(added.options()).extracting(o -> o.id()).containsExactly("weekly", "never");
		var company = kb.sections().stream().filter(s -> s.id().equals("company")).findFirst().orElseThrow();
		assertThat(company.questions().get(company.questions().size() - 1).id()).isEqualTo("company.review-rhythm");
		// optional, so every scenario still passes and the draft can be published
		assertThat(store.byId(draft).orElseThrow().problems()).isEmpty();
	}

}
