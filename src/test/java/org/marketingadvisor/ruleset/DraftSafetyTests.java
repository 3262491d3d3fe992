package org.marketingadvisor.ruleset;

import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Undo and safety over HTTP, as a consultant: every save of a draft, whichever editor
 * made it, is a change in the draft's history that can be undone and redone; discarding
 * and rolling back do nothing until confirmed (a rollback first shows its impact on
 * stored reports and the files it changes), a discarded draft can be restored; every
 * notice's redirect names the place on the page where the notice is, and the notice is
 * there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DraftSafetyTests {

	private static final String GUIDED = "rules/recommendations/guided.drl";

	private static final String HIRING = "rules/findings/hiring.drl";

	private static final String NAME = "Safety: referral hiring without a profile";

	@Autowired
	MockMvc mvc;

	@Autowired
	VersionStore store;

	@Autowired
	RuleSetVersions versions;

	@Test
	void everySaveIsAChangeInTheHistoryThatCanBeUndoneAndRedone() throws Exception {
		UUID draft = newDraft();
		String hiringBefore = store.content(draft).files().get(HIRING);
		assertThat(store.content(draft).files()).doesNotContainKey(GUIDED);
		assertThat(draftPage(draft, "en").select("#history").text()).contains("No changes yet.");

		// 1: a guided rule; 2: a raw edit by an admin
		MvcResult saved = mvc.perform(guidedRule(draft)).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(saved.getResponse().getRedirectedUrl()).endsWith("#guided-saved");
		assertThat(Jsoup.parse(follow(saved)).select("#guided-saved").text()).contains(NAME);
		mvc.perform(post("/admin/rules/drafts/" + draft + "/edit").param("path", HIRING)
			.param("content", hiringBefore + "\n// reviewed\n")
			.with(user("ada").roles("ADMIN"))
			.with(csrf())).andExpect(status().is3xxRedirection());

		Document page = draftPage(draft, "en");
		assertThat(page.select("#history li").eachAttr("id")).containsExactly("change-2", "change-1");
		assertThat(page.select("#change-1").text()).contains("Rule “" + NAME + "” saved in the guided editor", "olena",
				GUIDED);
		assertThat(page.select("#change-2").text()).contains("Files edited", "ada", HIRING);
		assertThat(draftPage(draft, "ru").select("#change-1").text()).contains("Правило «" + NAME + "» сохранено");

		// undoing the guided rule removes the file it added, and nothing else
		MvcResult undone = mvc
			.perform(post("/consultant/rules/drafts/" + draft + "/history/1/undo").with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(undone.getResponse().getRedirectedUrl()).endsWith("#history");
		assertThat(store.content(draft).files()).doesNotContainKey(GUIDED);
		assertThat(store.content(draft).files().get(HIRING)).endsWith("// reviewed\n");
		Document afterUndo = Jsoup.parse(follow(undone));
		assertThat(afterUndo.select("#undone").text())
			.isEqualTo("Изменение №1 отменено. " + "Чтобы вернуть его, нажмите «Вернуть» у новой записи.");
		assertThat(afterUndo.select("#change-3").text()).contains("Отменено изменение №1", "Вернуть");
		assertThat(afterUndo.select("#change-1").text()).contains("отменено изменением №3");
		assertThat(afterUndo.select("#change-1 form")).as("an undone change is redone from its undo").isEmpty();

		// redoing: undoing the undo brings the rule back
		mvc.perform(post("/consultant/rules/drafts/" + draft + "/history/3/undo").with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(store.content(draft).files().get(GUIDED)).contains("rule \"" + NAME + "\"");
		// undoing the raw edit gives the file its text from before it
		mvc.perform(post("/consultant/rules/drafts/" + draft + "/history/2/undo").with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(store.content(draft).files().get(HIRING)).isEqualTo(hiringBefore);
		assertThat(draftPage(draft, "en").select("#history li").eachAttr("id")).containsExactly("change-5", "change-4",
				"change-3", "change-2", "change-1");

		// a change that does not exist
		MvcResult none = mvc
			.perform(post("/consultant/rules/drafts/" + draft + "/history/99/undo").with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(Jsoup.parse(follow(none)).select("#undo-refused").text()).contains("№99");
		versions.awaitChecks();
		assertThat(store.byId(draft).orElseThrow().valid()).isTrue();
	}

	@Test
	void discardingAsksFirstAndADiscardedDraftCanBeRestored() throws Exception {
		UUID draft = newDraft();
		Document draftPage = draftPage(draft, "en");
		assertThat(draftPage.select("#discard.danger-zone button.button--danger")).hasSize(1);
		assertThat(draftPage.select("#publish #discard, #publish form[action$=discard]"))
			.as("discarding is not beside publishing")
			.isEmpty();

		Document ask = Jsoup
			.parse(mvc.perform(post("/consultant/rules/drafts/" + draft + "/discard").param("lang", "en")
				.with(consultant())
				.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(store.byId(draft).orElseThrow().draft()).as("not discarded without the confirmation").isTrue();
		assertThat(ask.select("h1").text()).isEqualTo("Discard the draft?");
		assertThat(ask.select("form input[name=confirmed]").val()).isEqualTo("yes");
		assertThat(ask.select("#discard-no").attr("href")).endsWith("/consultant/rules/drafts/" + draft);
		// the same step for a link
		mvc.perform(get("/consultant/rules/drafts/" + draft + "/discard").with(consultant()))
			.andExpect(status().isOk());
		// a wrong confirmation is no confirmation
		mvc.perform(post("/consultant/rules/drafts/" + draft + "/discard").param("confirmed", "true")
			.with(consultant())
			.with(csrf())).andExpect(status().isOk());
		assertThat(store.byId(draft).orElseThrow().draft()).isTrue();

		MvcResult discarded = mvc
			.perform(post("/consultant/rules/drafts/" + draft + "/discard").param("confirmed", "yes")
				.with(consultant())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(discarded.getResponse().getRedirectedUrl()).isEqualTo("/consultant/rules#discarded");
		assertThat(store.byId(draft).orElseThrow().draft()).isFalse();
		Document list = Jsoup.parse(follow(discarded));
		assertThat(list.select("#discarded").text()).contains("удалён");
		String restore = list.select("#discarded form").attr("action");
		assertThat(restore).isEqualTo("/consultant/rules/drafts/" + draft + "/restore");

		MvcResult restored = mvc.perform(post(restore).with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(restored.getResponse().getRedirectedUrl()).endsWith("#draft-restored");
		assertThat(store.byId(draft).orElseThrow().draft()).isTrue();
		assertThat(Jsoup.parse(follow(restored)).select("#draft-restored")).hasSize(1);
		mvc.perform(post(restore).with(consultant()).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(store.byId(draft).orElseThrow().draft()).isTrue();
	}

	@Test
	void aRollbackShowsItsImpactAndTheFilesItChangesAndHappensOnlyOnceConfirmed() throws Exception {
		int before = versions.liveNumber();
		UUID draft = newDraft();
		String hiring = store.content(draft).files().get(HIRING);
		versions.saveDraftFile(draft, HIRING, hiring + "\n// rollback probe\n");
		MvcResult published = mvc
			.perform(post("/consultant/rules/drafts/" + draft + "/publish").param("message", "rollback probe")
				.with(consultant())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/consultant/rules#done");
		assertThat(Jsoup.parse(follow(published)).select("#published-title ~ #done").text()).isNotEmpty();
		int live = versions.liveNumber();
		assertThat(live).isEqualTo(before + 1);

		MvcResult asked = mvc
			.perform(post("/consultant/rules/versions/" + before + "/rollback").param("message", "take the probe back")
				.with(consultant())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(versions.liveNumber()).as("nothing happens before the confirmation").isEqualTo(live);
		String impact = asked.getResponse().getRedirectedUrl();
		assertThat(impact).startsWith("/consultant/rules/impact/");
		Document preview = impactWhenDone(impact);
		assertThat(preview.select("h1").text()).isEqualTo("Roll back to version " + before);
		assertThat(preview.select("#impact-summary").text()).isNotEmpty();
		assertThat(preview.select("#rollback .file-list").text()).contains(HIRING);
		assertThat(preview.select("#rollback-form input[name=confirmed]").val()).isEqualTo("yes");
		assertThat(preview.select("#rollback-message").val()).isEqualTo("take the probe back");

		MvcResult done = mvc
			.perform(post("/consultant/rules/versions/" + before + "/rollback").param("message", "take the probe back")
				.param("confirmed", "yes")
				.with(consultant())
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/consultant/rules#done");
		assertThat(versions.liveNumber()).isEqualTo(live + 1);
		assertThat(store.byNumber(live + 1).orElseThrow().rulesetHash())
			.isEqualTo(store.byNumber(before).orElseThrow().rulesetHash());
		assertThat(Jsoup.parse(follow(done)).select("#done").text()).contains("версии " + before,
				"версия " + (live + 1));
	}

	@Test
	void noticesOfTheDraftPageAreWhereTheirRedirectPoints() throws Exception {
		MvcResult created = mvc.perform(post("/consultant/rules/drafts").with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(created.getResponse().getRedirectedUrl()).doesNotContain("#");
		Document page = Jsoup.parse(follow(created));
		assertThat(page.select("#draft-created").text()).startsWith("Черновик создан");
		UUID draft = UUID.fromString(created.getResponse().getRedirectedUrl().replaceAll(".*/|#.*", ""));

		// a refused publish: its problems are in the publish section, which has the focus
		versions.saveDraftFile(draft, "rules/findings/extra.drl", "package rules.findings;\nrule \"broken\" when then");
		MvcResult refused = mvc
			.perform(post("/consultant/rules/drafts/" + draft + "/publish").with(consultant()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).endsWith("#publish-refused");
		Document refusedPage = Jsoup.parse(follow(refused));
		assertThat(refusedPage.select("#publish #publish-refused[autofocus]").text()).contains("extra.drl");
	}

	private Document impactWhenDone(String path) throws Exception {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (true) {
			Document page = Jsoup.parse(mvc.perform(get(path).param("lang", "en").with(consultant()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
			if (!page.select("#rollback-form").isEmpty() || System.nanoTime() > deadline) {
				return page;
			}
			assertThat(page.select("#rollback").text()).contains("The confirmation appears when");
			Thread.sleep(200);
		}
	}

	private UUID newDraft() throws Exception {
		String location = mvc.perform(post("/consultant/rules/drafts").with(consultant()).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.replaceAll(".*/|#.*", ""));
	}

	private static MockHttpServletRequestBuilder guidedRule(UUID draft) {
		return post("/consultant/rules/drafts/" + draft + "/guided").param("action", "save")
			.param("name", NAME)
			.param("g0.join", "all")
			.param("g0.c0.subject", "q:hiring.methods")
			.param("g0.c0.op", "any-of")
			.param("g0.c0.values", "referral")
			.param("g0.c1.subject", "f:finding.no-marketer-profile")
			.param("g0.c1.op", "present")
			.param("conclusion", "recommendation:rec.select-with-test-task")
			.with(consultant())
			.with(csrf());
	}

	/** The page a redirect leads to, with the notices it carries, in Russian. */
	private String follow(MvcResult redirect) throws Exception {
		return mvc
			.perform(get(redirect.getResponse().getRedirectedUrl().replaceAll("#.*", ""))
				.flashAttrs(redirect.getFlashMap())
				.with(consultant()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Document draftPage(UUID draft, String lang) throws Exception {
		return Jsoup.parse(mvc.perform(get("/consultant/rules/drafts/" + draft).param("lang", lang).with(consultant()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static RequestPostProcessor consultant() {
		return user("olena").roles("CONSULTANT");
	}

}
