package org.marketingadvisor.report;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.engine.DrlRule;
import org.marketingadvisor.engine.RuleSafety;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A consultant reading a report sees, under each result's "why", the rule that produced
 * it as its sentence in the report's language, never its English working name; an owner
 * sees no rule at all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportRuleSentencesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aConsultantReadsEachResultsRuleAsASentenceInTheReportsLanguage() throws Exception {
		String token = ReportTestSupport.submit(mvc, TestContent.scenarioAnswers("agencies-nobody-supervises"), "ru");
		List<String> names = RuleSafety.read(TestContent.ruleFiles()).rules().stream().map(DrlRule::name).toList();
		for (String lang : List.of("ru", "uk")) {
			Document page = Jsoup
				.parse(mvc.perform(get("/reports/" + token + "?lang=" + lang).with(user("olena").roles("CONSULTANT")))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString());
			List<String> rules = page.select("p.rule").eachText();
			assertThat(rules).isNotEmpty()
				.allMatch(r -> r.startsWith(lang.equals("ru") ? "Правило: Если " : "Правило: Якщо "));
			for (String name : names) {
				assertThat(page.text()).doesNotContain(name);
			}
		}
		Document owner = Jsoup.parse(mvc.perform(get("/reports/" + token + "?lang=en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(owner.select("p.rule")).isEmpty();
	}

}
