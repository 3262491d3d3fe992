package org.marketingadvisor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.WebSlice;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureJdbc;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The audit trail's filter form on its own: the controller, the web layer's pieces, the
 * real {@link AuditTrail} on an embedded database (its own, so the counts are exact), and
 * Spring Security's defaults (the access rules are pinned by the security tests).
 */
@WebMvcTest(AuditPages.class)
@AutoConfigureJdbc
@AutoConfigureTestDatabase
@Import({ AuditTrail.class, WebSlice.class })
class AuditPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(mvc.perform(request.with(user("a").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void filtersThatCannotBeReadAreNamedAtTheirFieldsKeptAsTypedAndNotApplied() throws Exception {
		audit.recordAs("slice-probe", AuditTrail.Actions.SIGN_IN, "slice-probe", "");
		Document page = page(get("/admin/audit").param("actor", "slice-probe")
			.param("from", "yesterday")
			.param("to", "+999999999-12-31")
			.param("page", "-1")
			.param("lang", "uk"));
		String badDate = messages.getMessage("audit.bad-date", null, Lang.UK.locale());
		String range = messages.getMessage("filter.error.date-range", null, Lang.UK.locale());
		String badPage = messages.getMessage("filter.error.page", null, Lang.UK.locale());
		// the summary in the order of the fields, each message once
		assertThat(page.select("[role=alert] p").eachText()).containsExactly(badDate, range, badPage);
		Element from = page.selectFirst("#from");
		assertThat(from.val()).isEqualTo("yesterday");
		assertThat(from.attr("aria-invalid")).isEqualTo("true");
		assertThat(from.attr("aria-describedby")).isEqualTo("from-error");
		assertThat(page.selectFirst("#from-error").text()).isEqualTo(badDate);
		assertThat(page.selectFirst("#to").val()).isEqualTo("+999999999-12-31");
		assertThat(page.selectFirst("#to-error").text()).isEqualTo(range);
		assertThat(page.selectFirst("label[for=from]").text())
			.isEqualTo(messages.getMessage("audit.from", null, Lang.UK.locale()));
		// what could be read still applies
		assertThat(page.select("table.audit tbody tr")).hasSize(1);
		assertThat(page.select("table.audit tbody tr td").eachText()).contains("slice-probe");
	}

	@Test
	void aFormThatCanBeReadShowsNoErrors() throws Exception {
		Document page = page(get("/admin/audit").param("from", "2020-01-31").param("page", "0").param("lang", "en"));
		assertThat(page.select("[role=alert]")).isEmpty();
		assertThat(page.select(".field-error")).isEmpty();
		assertThat(page.selectFirst("#from").val()).isEqualTo("2020-01-31");
		assertThat(page.selectFirst("#from").hasAttr("aria-invalid")).isFalse();
	}

}
