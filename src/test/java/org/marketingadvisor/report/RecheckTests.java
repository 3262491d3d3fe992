package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketingadvisor.report.ReportTestSupport.company;
import static org.marketingadvisor.report.ReportTestSupport.submit;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.SourceFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A stored report re-evaluated against the live rules: the same version changes nothing;
 * after a different version goes live, the page names what would appear and disappear,
 * while the stored report stays as it was. It shares the common context: the version it
 * makes live is put back in {@code finally}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecheckTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RuleEngine engine;

	@Autowired
	MessageSource messages;

	private Document recheck(String token) throws Exception {
		return Jsoup.parse(mvc
			.perform(get("/consultant/reports/" + token + "/recheck").param("lang", "en")
				.with(user("iryna").roles("CONSULTANT")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void aStoredReportIsComparedWithWhatTheLiveRulesWouldSay() throws Exception {
		String token = submit(mvc, company("solo-owner-does-everything").answers(), "en");
		mvc.perform(get("/consultant/reports/" + token + "/recheck")).andExpect(redirectedUrl("/login"));
		assertThat(recheck(token).select("[role=status]").text())
			.isEqualTo(messages.getMessage("recheck.same", null, Lang.EN.locale()));

		var before = ReportTestSupport.report(mvc, token);
		List<SourceFile> without = TestContent.ruleFiles()
			.stream()
			.filter(f -> !f.path().equals("findings/owner-role.drl"))
			.toList();
		engine.publish(without, TestContent.knowledgeBaseFiles()).get();
		try {
			Document page = recheck(token);
			assertThat(page.select(".recheck-gone-findings li").eachText()).contains(
					engine.knowledgeBase().finding("finding.owner-bottleneck").orElseThrow().title().get(Lang.EN));
			assertThat(page.select(".recheck-new-findings li")).isEmpty();
			// the stored report is untouched
			assertThat(ReportTestSupport.report(mvc, token).get("problems")).isEqualTo(before.get("problems"));
		}
		finally {
			engine.publish(TestContent.ruleFiles(), TestContent.knowledgeBaseFiles()).get();
		}
		assertThat(recheck(token).select("[role=status]").text())
			.isEqualTo(messages.getMessage("recheck.same", null, Lang.EN.locale()));
	}

}
