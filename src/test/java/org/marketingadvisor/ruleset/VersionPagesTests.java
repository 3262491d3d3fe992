package org.marketingadvisor.ruleset;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The versions pages over HTTP: the zip holds every file of the version; a comparison
 * with a version that does not exist says so; the editor refuses a path outside the
 * content folders and keeps the text typed; the versions page shows a draft's problems.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VersionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	VersionStore store;

	@Autowired
	RuleSetVersions versions;

	@Autowired
	org.marketingadvisor.lint.DraftLints lints;

	@Test
	void aVersionDownloadsAsAZipOfAllItsFiles() throws Exception {
		byte[] zip = mvc.perform(get("/consultant/rules/versions/1/zip").with(user("c").roles("CONSULTANT")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"ruleset-v1.zip\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		assertThat(names)
			.containsExactlyElementsOf(store.content(store.byNumber(1).orElseThrow().id()).files().keySet());
		mvc.perform(get("/consultant/rules/versions/999/zip").with(user("c").roles("CONSULTANT")))
			.andExpect(status().isNotFound());
	}

	@Test
	void whatTheSystemWroteAsAVersionsMessageIsShownInThePagesLanguage() throws Exception {
		assertThat(page("/consultant/rules?lang=ru", "CONSULTANT").select("#version-1 .version-message").text())
			.isEqualTo("Загружено с диска при первом запуске");
		assertThat(page("/consultant/rules?lang=uk", "CONSULTANT").select("#version-1 .version-message").text())
			.isEqualTo("Завантажено з диска під час першого запуску");
		assertThat(page("/consultant/rules?lang=en", "CONSULTANT").select("#version-1 .version-message").text())
			.isEqualTo("Imported from disk at the first start");
	}

	@Test
	void comparingWithAVersionThatDoesNotExistSaysSo() throws Exception {
		Document page = page("/consultant/rules/diff?from=1&to=42&lang=en", "CONSULTANT");
		assertThat(page.select(".error-summary").text()).isEqualTo("There is no published version 42.");
		assertThat(page("/consultant/rules/diff?from=1&to=1&lang=en", "CONSULTANT").select(".notice").text())
			.isEqualTo("No file differs.");
		// the versions list offers the same comparison form, the live version chosen as
		// "to"
		Document list = page("/consultant/rules?lang=en", "CONSULTANT");
		assertThat(list.select("form[action=/consultant/rules/diff] #to option[selected]").text())
			.isEqualTo("v" + store.liveNumber());
	}

	@Test
	void theEditorRefusesAPathOutsideTheContentFoldersAndKeepsTheText() throws Exception {
		String draft = mvc.perform(post("/consultant/rules/drafts").with(user("a").roles("ADMIN")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(draft.substring(draft.lastIndexOf('/') + 1));
		Document page = Jsoup.parse(mvc.perform(post("/admin/rules/drafts/" + id + "/edit").param("lang", "en")
			.param("path", "../pom.xml")
			.param("content", "rule \"kept\" when then end")
			.with(user("a").roles("ADMIN"))
			.with(csrf())).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("#error").text()).startsWith("This file cannot be saved here");
		assertThat(page.select("textarea#content").text()).isEqualTo("rule \"kept\" when then end");
		assertThat(store.content(id).files()).doesNotContainKey("../pom.xml");

		// a file that does not build is saved, and the versions page says the draft has
		// problems
		mvc.perform(post("/admin/rules/drafts/" + id + "/edit").param("path", "rules/findings/extra.drl")
			.param("content", "package rules.findings;\nrule \"broken\" when then")
			.with(user("a").roles("ADMIN"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(store.content(id).files()).containsKey("rules/findings/extra.drl");
		Document list = page("/consultant/rules?lang=en", "CONSULTANT");
		assertThat(list.select("#draft-" + id + ".draft--broken").text()).contains("problem(s)");
		Document draftPage = page("/consultant/rules/drafts/" + id + "?lang=en", "CONSULTANT");
		assertThat(draftPage.select("#problems li").text()).contains("rules/findings/extra.drl");
		// the same problem in the page's language, its place linking to the editor
		assertThat(draftPage.select("#problems li").text()).contains("not valid DRL");
		Document ruPage = page("/consultant/rules/drafts/" + id + "?lang=ru", "ADMIN");
		assertThat(ruPage.select("#problems li").text()).contains("неправильный DRL").doesNotContain("not valid DRL");
		assertThat(ruPage.select("#problems li a").attr("href")).contains("/edit", "extra.drl");
		assertThat(draftPage.select("form.publish-form button").hasAttr("disabled")).isTrue();
		mvc.perform(
				post("/consultant/rules/drafts/" + id + "/discard").with(user("c").roles("CONSULTANT")).with(csrf()))
			.andExpect(status().isOk());
		assertThat(store.byId(id).orElseThrow().draft()).as("not without the confirmation").isTrue();
		mvc.perform(post("/consultant/rules/drafts/" + id + "/discard").param("confirmed", "yes")
			.with(user("c").roles("CONSULTANT"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(store.byId(id).orElseThrow().draft()).isFalse();
	}

	@Test
	void theDraftPageShowsTheLintersWarningsWithTheSampleSize() throws Exception {
		String draft = mvc.perform(post("/consultant/rules/drafts").with(user("a").roles("ADMIN")).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(draft.substring(draft.lastIndexOf('/') + 1));
		String hiring = store.content(id).files().get("rules/findings/hiring.drl");
		String first = hiring.substring(hiring.indexOf("rule \""),
				hiring.indexOf("end", hiring.indexOf("rule \"")) + 3);
		mvc.perform(post("/admin/rules/drafts/" + id + "/edit").param("path", "rules/findings/hiring.drl")
			.param("content", hiring + "\n" + first.replaceFirst("rule \"[^\"]+\"", "rule \"Probe: copy\"") + "\n")
			.with(user("a").roles("ADMIN"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		// the linter runs in the background; the page says so until it is done
		Document pending = page("/consultant/rules/drafts/" + id + "?lang=en", "CONSULTANT");
		assertThat(pending.select("#lint-pending, #checking").text()).isNotEmpty();
		assertThat(lints.lint(id)).isPresent();
		versions.awaitChecks();
		Document page = page("/consultant/rules/drafts/" + id + "?lang=en", "CONSULTANT");
		assertThat(page.select("#lint-pending, #checking")).isEmpty();
		assertThat(page.select("#lint p").first().text()).startsWith("1 warning(s)")
			.contains("on 2,000 generated answer sets");
		assertThat(page.select("#lint .lint__warning").text()).contains("rule ‘Probe: copy’ duplicates rule");
		assertThat(page.select("form.publish-form button").hasAttr("disabled")).as("warnings do not block").isFalse();
	}

	private Document page(String path, String role) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user("someone").roles(role)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
