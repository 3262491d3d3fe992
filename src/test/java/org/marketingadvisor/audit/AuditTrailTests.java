package org.marketingadvisor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.security.Account;
import org.marketingadvisor.security.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every sign-in, failed sign-in, sign-out and account change leaves an entry with who,
 * when and what; admins browse and filter them, consultants cannot.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Autowired
	Accounts accounts;

	@Autowired
	MessageSource messages;

	private List<AuditTrail.Event> entries(String actor) {
		// oldest first, as they happened
		List<AuditTrail.Event> newestFirst = new java.util.ArrayList<>(
				audit.find(new AuditTrail.Filter(actor, null, null, null, 0)));
		java.util.Collections.reverse(newestFirst);
		return newestFirst;
	}

	@Test
	void signInsFailuresAndSignOutsAreRecorded() throws Exception {
		mvc.perform(post("/admin/accounts").with(user("boss").roles("ADMIN"))
			.with(csrf())
			.param("username", "taras")
			.param("password", "a good long password")
			.param("role", "CONSULTANT"));
		mvc.perform(formLogin("/login").user("taras").password("wrong password"));
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/login").user("taras").password("a good long password"))
			.andReturn()
			.getRequest()
			.getSession();
		mvc.perform(post("/logout").session(session).with(csrf()));

		assertThat(entries("taras")).extracting(AuditTrail.Event::action)
			.containsExactly(AuditTrail.Actions.SIGN_IN_FAILED, AuditTrail.Actions.SIGN_IN,
					AuditTrail.Actions.SIGN_OUT);
		assertThat(entries("taras").get(0).details()).isEqualTo("wrong name or password");
		assertThat(entries("boss")).extracting(AuditTrail.Event::action, AuditTrail.Event::subject)
			.contains(org.assertj.core.groups.Tuple.tuple(AuditTrail.Actions.ACCOUNT_CREATED, "taras"));
	}

	@Test
	void accountChangesAreRecordedWithWhoMadeThem() throws Exception {
		mvc.perform(post("/admin/accounts").with(user("chief").roles("ADMIN"))
			.with(csrf())
			.param("username", "oksana")
			.param("password", "a good long password")
			.param("role", "CONSULTANT"));
		Account oksana = accounts.all()
			.stream()
			.filter(a -> a.getUsername().equals("oksana"))
			.findFirst()
			.orElseThrow();
		mvc.perform(post("/admin/accounts/" + oksana.getId() + "/role").with(user("chief").roles("ADMIN"))
			.with(csrf())
			.param("role", "ADMIN"));
		mvc.perform(post("/admin/accounts/" + oksana.getId() + "/enabled").with(user("chief").roles("ADMIN"))
			.with(csrf())
			.param("enabled", "false"));
		mvc.perform(post("/admin/accounts/" + oksana.getId() + "/enabled").with(user("chief").roles("ADMIN"))
			.with(csrf())
			.param("enabled", "true"));
		assertThat(entries("chief"))
			.extracting(AuditTrail.Event::action, AuditTrail.Event::subject, AuditTrail.Event::details)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(AuditTrail.Actions.ACCOUNT_CREATED, "oksana",
							"role CONSULTANT"),
					org.assertj.core.groups.Tuple.tuple(AuditTrail.Actions.ACCOUNT_ROLE, "oksana",
							"CONSULTANT -> ADMIN"),
					org.assertj.core.groups.Tuple.tuple(AuditTrail.Actions.ACCOUNT_DISABLED, "oksana", null),
					org.assertj.core.groups.Tuple.tuple(AuditTrail.Actions.ACCOUNT_ENABLED, "oksana", null));
		// the first admin was created by the application itself
		assertThat(
				audit.find(new AuditTrail.Filter(AuditTrail.SYSTEM, AuditTrail.Actions.ACCOUNT_CREATED, null, null, 0)))
			.extracting(AuditTrail.Event::subject)
			.contains("admin");
	}

	@Test
	void adminsBrowseAndFilterTheTrailAndConsultantsCannot() throws Exception {
		audit.recordAs("filter-probe", AuditTrail.Actions.SIGN_IN, "filter-probe", null);
		mvc.perform(get("/admin/audit").with(user("c").roles("CONSULTANT"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());

		Document page = Jsoup.parse(mvc.perform(get("/admin/audit").with(user("a").roles("ADMIN"))
			.param("actor", "filter-probe")
			.param("action", AuditTrail.Actions.SIGN_IN)
			.param("from", LocalDate.now().minusDays(1).toString())
			.param("lang", "uk")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page.select("table.audit tbody tr")).hasSize(1);
		assertThat(page.select("table.audit tbody tr td").eachText()).contains("filter-probe",
				messages.getMessage("audit.action.sign-in", null, Lang.UK.locale()));

		Document future = Jsoup.parse(mvc.perform(get("/admin/audit").with(user("a").roles("ADMIN"))
			.param("actor", "filter-probe")
			.param("from", LocalDate.now().plusDays(2).toString())
			.param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(future.select("table.audit")).as(future.body().text()).isEmpty();
		assertThat(future.select(".notice").text()).as(future.select("main").text())
			.isEqualTo(messages.getMessage("audit.none", null, Lang.EN.locale()));

		Document badDate = Jsoup.parse(mvc
			.perform(get("/admin/audit").with(user("a").roles("ADMIN")).param("from", "yesterday").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(badDate.select("[role=alert]").text())
			.isEqualTo(messages.getMessage("audit.bad-date", null, Lang.EN.locale()));
		// kept as typed, and named next to the field
		assertThat(badDate.selectFirst("#from").val()).isEqualTo("yesterday");
		assertThat(badDate.selectFirst("#from").attr("aria-describedby")).isEqualTo("from-error");
		assertThat(badDate.selectFirst("#from-error").text())
			.isEqualTo(messages.getMessage("audit.bad-date", null, Lang.EN.locale()));
	}

}
