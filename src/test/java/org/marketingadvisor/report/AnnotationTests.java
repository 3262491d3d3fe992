package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marketingadvisor.report.ReportTestSupport.company;
import static org.marketingadvisor.report.ReportTestSupport.submit;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A consultant's notes on a report: written by consultants only, shown to the owner with
 * author and time on the page and in the PDF, refused when empty (text kept), and
 * recorded in the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnnotationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	private Document report(String token, org.springframework.test.web.servlet.request.RequestPostProcessor who)
			throws Exception {
		var request = get("/reports/" + token).param("lang", "en");
		if (who != null) {
			request.with(who);
		}
		return Jsoup
			.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void aConsultantsNoteReachesTheOwnerOnThePageAndInThePdf() throws Exception {
		String token = submit(mvc, company("micromanaging-ceo").answers(), "ru");
		assertThat(report(token, null).select("#notes")).isEmpty();
		assertThat(report(token, null).select("textarea[name=text]")).as("owners get no form").isEmpty();
		assertThat(report(token, user("iryna").roles("CONSULTANT")).select("textarea[name=text]")).hasSize(1);

		mvc.perform(post("/consultant/reports/" + token + "/notes").with(user("iryna").roles("CONSULTANT"))
			.with(csrf())
			.param("text", "Начните с шага 1.\nСозвонимся в пятницу."))
			.andExpect(redirectedUrl("/reports/" + token + "#notes"));

		Document page = report(token, null);
		assertThat(page.select("#notes .note")).hasSize(1);
		assertThat(page.selectFirst("#notes .note__meta").text()).startsWith("iryna, ").endsWith("UTC");
		assertThat(page.selectFirst("#notes .note__text").text()).isEqualTo("Начните с шага 1. Созвонимся в пятницу.");
		var json = ReportTestSupport.report(mvc, token);
		assertThat(json.get("notes").get(0).get("author").stringValue()).isEqualTo("iryna");

		byte[] pdf = mvc.perform(get("/reports/" + token + ".pdf")).andReturn().getResponse().getContentAsByteArray();
		assertThat(PdfChecks.text(pdf)).contains(messages.getMessage("notes.title", null, Lang.RU.locale()), "iryna",
				"Начните с шага 1.");

		assertThat(audit.find(new AuditTrail.Filter("iryna", AuditTrail.Actions.ANNOTATION_ADDED, null, null, 0)))
			.singleElement()
			.satisfies(e -> assertThat(e.details()).startsWith("Начните с шага 1."));
	}

	@Test
	void onlyConsultantsWriteNotesAndAnEmptyOneIsRefusedWithItsReason() throws Exception {
		String token = submit(mvc, company("well-run-company").answers(), "en");
		mvc.perform(post("/consultant/reports/" + token + "/notes").with(csrf()).param("text", "sneaky"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/consultant/reports/" + token + "/notes").with(user("iryna").roles("CONSULTANT"))
			.param("text", "no token")).andExpect(status().isForbidden());
		assertThat(ReportTestSupport.report(mvc, token).get("notes")).isEmpty();

		MvcResult refused = mvc
			.perform(post("/consultant/reports/" + token + "/notes").with(user("iryna").roles("CONSULTANT"))
				.with(csrf())
				.param("text", "   "))
			.andReturn();
		Document page = Jsoup.parse(mvc.perform(get("/reports/" + token).param("lang", "uk")
			.with(user("iryna").roles("CONSULTANT"))
			.flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[role=alert]").text())
			.isEqualTo(messages.getMessage("notes.error.empty", null, Lang.UK.locale()));
		assertThat(page.selectFirst("#note-text").attr("aria-invalid")).isEqualTo("true");
		mvc.perform(post("/consultant/reports/" + "A".repeat(43) + "/notes").with(user("iryna").roles("CONSULTANT"))
			.with(csrf())
			.param("text", "x")).andExpect(status().isNotFound());
	}

}
