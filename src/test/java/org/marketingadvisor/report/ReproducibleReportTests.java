package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketingadvisor.report.ReportTestSupport.company;
import static org.marketingadvisor.report.ReportTestSupport.submit;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A stored report is rendered with the knowledge base of the version that evaluated it: a
 * report made under version 2 (a finding retitled, a new recommendation) is byte-for-byte
 * the same page, JSON and PDF text after a rollback to version 1; a report made before a
 * question was deleted still opens unchanged; a report whose version is unknown falls
 * back to the live knowledge base with a note, or to the stored result, never to an
 * error. Own context (it publishes versions), closed afterwards.
 */
@SpringBootTest(properties = { "advisor.rules.disk-check-interval=1h", "advisor.rules.poll-interval=1h",
		"advisor.report.peer-minimum=1" })
@AutoConfigureMockMvc
@DirtiesContext
class ReproducibleReportTests {

	private static final String FINDING = "finding.owner-bottleneck";

	private static final String NEW_REC = "rec.version-two-trial";

	private static final Map<Lang, String> V2_TITLES = Map.of(Lang.RU, "Версия 2: владелец тормозит маркетинг", Lang.UK,
			"Версія 2: власник гальмує маркетинг", Lang.EN, "Version 2: the owner holds marketing back");

	private static final Map<Lang, String> REC_TITLES = Map.of(Lang.RU, "Версия 2: пробная рекомендация", Lang.UK,
			"Версія 2: пробна рекомендація", Lang.EN, "Version 2: a trial recommendation");

	@Autowired
	MockMvc mvc;

	@Autowired
	RuleSetVersions versions;

	@Autowired
	VersionStore store;

	@Autowired
	RuleEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	/** Everything a stored report answers, as a person and a program get it. */
	record Snapshot(String page, String pageRu, String json, String jsonUk, String pdfText, String recheck) {
	}

	private Snapshot snapshot(String token) throws Exception {
		return new Snapshot(page(token, "en"), page(token, "ru"), body("/api/v1/reports/" + token + "?lang=en"),
				body("/api/v1/reports/" + token + "?lang=uk"), PdfChecks.text(pdf(token)),
				withoutNonces(body("/consultant/reports/" + token + "/recheck?lang=en")));
	}

	private String page(String token, String lang) throws Exception {
		return withoutNonces(body("/reports/" + token + "?lang=" + lang));
	}

	private String body(String path) throws Exception {
		return mvc.perform(get(path).with(user("iryna").roles("CONSULTANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private byte[] pdf(String token) throws Exception {
		return mvc.perform(get("/reports/" + token + ".pdf?lang=en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/**
	 * The page with its per-request CSRF token values blanked (they change each time).
	 */
	private static String withoutNonces(String html) {
		Document page = Jsoup.parse(html);
		page.select("input[name=_csrf]").attr("value", "");
		page.select("meta[name=_csrf]").attr("content", "");
		return page.outerHtml();
	}

	/** A new draft from the live version with these files changed, published. */
	private int publish(String message, java.util.function.UnaryOperator<Content> change) {
		UUID draft = versions.newDraft(message);
		Content before = store.content(draft);
		Content after = change.apply(before);
		Map<String, String> changed = new LinkedHashMap<>();
		after.files().forEach((path, text) -> {
			if (!text.equals(before.files().get(path))) {
				changed.put(path, text);
			}
		});
		assertThat(versions.saveDraftFiles(draft, changed)).as("problems of the draft").isEmpty();
		RuleSetVersions.Outcome outcome = versions.publish(draft, message);
		assertThat(outcome.problems()).isEmpty();
		return outcome.number();
	}

	/** Version 2's change: the owner's bottleneck retitled, and a new recommendation. */
	private static Content retitledWithANewRecommendation(Content content) {
		String findings = content.files().get("knowledge-base/findings.yaml");
		int at = findings.indexOf("- id: " + FINDING);
		int titleAt = findings.indexOf("    title:\n", at);
		int end = findings.indexOf("    description:\n", titleAt);
		String retitled = findings.substring(0, titleAt) + "    title:\n" + "      ru: \"" + V2_TITLES.get(Lang.RU)
				+ "\"\n      uk: \"" + V2_TITLES.get(Lang.UK) + "\"\n      en: \"" + V2_TITLES.get(Lang.EN) + "\"\n"
				+ findings.substring(end);
		String recommendations = content.files().get("knowledge-base/recommendations.yaml");
		String added = recommendations.stripTrailing() + "\n\n  - id: " + NEW_REC + """

				    area: owner-role
				    priority: medium
				    heuristics: [h.dept.owner-bottleneck]
				    after: []
				    tensions: []
				    title:
				      ru: "%s"
				      uk: "%s"
				      en: "%s"
				    summary:
				      ru: "Пробная рекомендация, добавленная тестом."
				      uk: "Пробна рекомендація, додана тестом."
				      en: "A trial recommendation added by a test."
				    actions:
				      - ru: "Сделайте пробный шаг."
				        uk: "Зробіть пробний крок."
				        en: "Take a trial step."
				""".formatted(REC_TITLES.get(Lang.RU), REC_TITLES.get(Lang.UK), REC_TITLES.get(Lang.EN));
		String rule = """
				package rules.recommendations;

				import org.marketingadvisor.engine.Finding;
				import org.marketingadvisor.engine.Recommendation;

				rule "Version 2: a trial recommendation when the owner is the bottleneck"
				when
				    Finding(id == "%s")
				then
				    insertLogical(new Recommendation("%s"));
				end
				""".formatted(FINDING, NEW_REC);
		return content.with("knowledge-base/findings.yaml", retitled)
			.with("knowledge-base/recommendations.yaml", added)
			.with("rules/recommendations/version-two-trial.drl", rule);
	}

	@Test
	void aReportMadeUnderVersionTwoIsTheSameAfterARollbackToVersionOne() throws Exception {
		int first = versions.liveNumber();
		int second = publish("Version 2: retitled, one more recommendation",
				ReproducibleReportTests::retitledWithANewRecommendation);
		String token = submit(mvc, company("solo-owner-does-everything").answers(), "en");
		Snapshot made = snapshot(token);
		// version 2's texts are in it, in every form
		assertThat(made.page()).contains(V2_TITLES.get(Lang.EN), REC_TITLES.get(Lang.EN));
		assertThat(made.pageRu()).contains(V2_TITLES.get(Lang.RU), REC_TITLES.get(Lang.RU));
		assertThat(made.json()).contains(V2_TITLES.get(Lang.EN), NEW_REC).doesNotContain("versionContentMissing");
		assertThat(made.jsonUk()).contains(V2_TITLES.get(Lang.UK), REC_TITLES.get(Lang.UK));
		assertThat(made.pdfText()).contains(V2_TITLES.get(Lang.EN), REC_TITLES.get(Lang.EN));

		int rollback = versions.rollback(first, "back to version " + first).number();
		assertThat(rollback).isEqualTo(second + 1);
		assertThat(engine.current().version()).isEqualTo(store.byNumber(first).orElseThrow().rulesetHash())
			.isNotEqualTo(store.byNumber(second).orElseThrow().rulesetHash());
		assertThat(engine.knowledgeBase().recommendation(NEW_REC)).as("gone from the live version").isEmpty();

		Snapshot later = snapshot(token);
		assertThat(later.page()).isEqualTo(made.page());
		assertThat(later.pageRu()).isEqualTo(made.pageRu());
		assertThat(later.json()).isEqualTo(made.json());
		assertThat(later.jsonUk()).isEqualTo(made.jsonUk());
		assertThat(later.pdfText()).isEqualTo(made.pdfText());

		// the recheck against today's rules titles what would disappear as the report did
		Document recheck = Jsoup.parse(later.recheck());
		assertThat(recheck.select(".recheck-gone-recommendations li").eachText())
			.containsExactly(REC_TITLES.get(Lang.EN));
		assertThat(recheck.select(".recheck-gone-findings li")).isEmpty();

		// a report made now has version 1's texts again: the live version did change
		String now = submit(mvc, company("solo-owner-does-everything").answers(), "en");
		assertThat(page(now, "en")).doesNotContain(V2_TITLES.get(Lang.EN))
			.contains(engine.knowledgeBase().finding(FINDING).orElseThrow().title().get(Lang.EN));
	}

	@Test
	void aReportWhoseVersionIsUnknownUsesTheLiveKnowledgeBaseAndSaysSo() throws Exception {
		String token = submit(mvc, company("solo-owner-does-everything").answers(), "en");
		String own = body("/api/v1/reports/" + token + "?lang=en");
		// as data from before versions were stored: a version no stored content has
		jdbc.sql("UPDATE assessment SET ruleset_version = ? WHERE token = ?")
			.params("0123456789abcdef", token)
			.update();
		Document page = Jsoup.parse(body("/reports/" + token + "?lang=en"));
		assertThat(page.select(".live-texts").text())
			.isEqualTo(messages.getMessage("report.live-texts", null, Lang.EN.locale()));
		var json = ReportTestSupport.json(body("/api/v1/reports/" + token + "?lang=en"));
		assertThat(json.get("versionContentMissing").booleanValue()).isTrue();
		assertThat(json.get("recommendations")).isEqualTo(ReportTestSupport.json(own).get("recommendations"));
		assertThat(PdfChecks.text(pdf(token)))
			.contains(messages.getMessage("report.live-texts", null, Lang.EN.locale()).substring(0, 30));
	}

	@Test
	void aReportWhoseVersionIsUnknownAndWhoseIdsTheLiveVersionLacksShowsTheStoredResult() throws Exception {
		int first = versions.liveNumber();
		publish("Version with a new recommendation", ReproducibleReportTests::retitledWithANewRecommendation);
		String token = submit(mvc, company("solo-owner-does-everything").answers(), "en");
		versions.rollback(first, "back");
		jdbc.sql("UPDATE assessment SET ruleset_version = ? WHERE token = ?")
			.params("0123456789abcdef", token)
			.update();
		Document page = Jsoup.parse(body("/reports/" + token + "?lang=en"));
		assertThat(page.select("[role=status]").text())
			.contains(messages.getMessage("report.unavailable", null, Lang.EN.locale()));
		var json = ReportTestSupport.json(body("/api/v1/reports/" + token + "?lang=en"));
		assertThat(json.get("result").get("recommendations").toString()).contains(NEW_REC);
		mvc.perform(get("/reports/" + token + ".pdf")).andExpect(status().isNotFound());
	}

	/**
	 * The questionnaire without {@code company.product-lines}, and the rule that read it.
	 */
	private static Content withoutProductLines(Content content) {
		Content changed = content;
		String questionnaire = content.files().get("knowledge-base/questionnaire.yaml");
		int at = questionnaire.indexOf("      - id: company.product-lines\n");
		// the next question (options are indented deeper)
		int next = questionnaire.indexOf("\n      - id: ", at + 10) + 1;
		changed = changed.with("knowledge-base/questionnaire.yaml",
				questionnaire.substring(0, at) + questionnaire.substring(next));
		String drl = content.files().get("rules/findings/structure.drl");
		int rule = drl.indexOf("rule \"Central control needed: many product lines");
		int end = drl.indexOf("\nend\n", rule) + "\nend\n".length();
		changed = changed.with("rules/findings/structure.drl", drl.substring(0, rule) + drl.substring(end));
		for (var file : content.files().entrySet()) {
			if (!file.getKey().startsWith("rules/scenarios/")) {
				continue;
			}
			String text = file.getValue();
			// the two scenarios that pinned the removed rule go with it
			text = text.replaceAll("(?s)  - id: structure\\.many-lines-no-lead.*?(?=\\n  - id: )\\n", "");
			text = text.replaceAll("(?m)^ *company\\.product-lines: \\w+\\n", "");
			text = text
				.replaceAll("(?m)^ *- \"Central control needed: many product lines without a marketing lead\"\\n", "");
			// with the rule gone, nothing derives the many-product-lines finding any more
			text = text.replaceAll("(?m)^ *- finding\\.needs-central-control\\n", "");
			if (!text.equals(file.getValue())) {
				changed = changed.with(file.getKey(), text);
			}
		}
		return changed;
	}

	@Test
	void aReportStaysTheSameAfterAQuestionItRestsOnIsDeleted() throws Exception {
		int before = versions.liveNumber();
		String token = submit(mvc, company("large-company-marketing-in-sales").answers(), "en");
		Snapshot made = snapshot(token);
		// the report cites the answer to the question about to be deleted
		assertThat(evidenceQuestions(made.json())).contains("company.product-lines");
		try {
			publish("Without the product-lines question", ReproducibleReportTests::withoutProductLines);
			assertThat(engine.knowledgeBase().question("company.product-lines")).isEmpty();
			Snapshot later = snapshot(token);
			assertThat(later.page()).isEqualTo(made.page());
			assertThat(later.pageRu()).isEqualTo(made.pageRu());
			assertThat(later.json()).isEqualTo(made.json());
			assertThat(later.jsonUk()).isEqualTo(made.jsonUk());
			assertThat(later.pdfText()).isEqualTo(made.pdfText());
			// today's questionnaire no longer takes the stored answers: nothing to
			// compare
			assertThat(Jsoup.parse(later.recheck()).select("[role=status]").text())
				.isEqualTo(messages.getMessage("recheck.unfit", null, Lang.EN.locale()));
		}
		finally {
			versions.rollback(before, "question back");
		}
	}

	private static List<String> evidenceQuestions(String json) {
		Matcher m = Pattern.compile("\"question\":\"([^\"]+)\"").matcher(json);
		List<String> ids = new java.util.ArrayList<>();
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

}
