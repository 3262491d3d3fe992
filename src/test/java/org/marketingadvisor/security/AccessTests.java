package org.marketingadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestClock;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reaches what, with the real security chain, accounts and database: anonymous
 * visitors reach no workspace page or API, consultants no admin page; forms need their
 * CSRF token; passwords are bcrypt hashes; repeated failures are slowed down; admins
 * manage accounts and cannot lock the workspace out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	TestClock clock;

	@BeforeEach
	void freezeClock() {
		clock.freeze();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Autowired
	MessageSource messages;

	private Document page(String path, String role) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(user("someone").roles(role)).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void anonymousVisitorsReachNoWorkspacePageOrApi() throws Exception {
		for (String path : new String[] { "/consultant", "/admin/accounts", "/consultant/rules",
				"/consultant/rules/diff", "/consultant/rules/versions/1/zip" }) {
			mvc.perform(get(path)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
		// nothing changes the rules without signing in
		mvc.perform(post("/consultant/rules/versions/1/rollback").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/consultant/rules/drafts").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		for (String path : new String[] { "/api/v1/consultant/assessments", "/api/v1/admin/accounts" }) {
			mvc.perform(get(path)).andExpect(status().isUnauthorized());
		}
		// what respondents use stays open
		mvc.perform(get("/")).andExpect(status().isOk());
		mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void aConsultantReachesTheWorkspaceButNoAdminPage() throws Exception {
		mvc.perform(get("/consultant").with(user("c").roles("CONSULTANT"))).andExpect(status().isOk());
		mvc.perform(get("/admin/accounts").with(user("c").roles("CONSULTANT"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts").with(user("c").roles("CONSULTANT"))
			.with(csrf())
			.param("username", "sneaky")
			.param("password", "long-enough-password")
			.param("role", "ADMIN")).andExpect(status().isForbidden());
		assertThat(repository.findByUsername("sneaky")).isEmpty();
		// consultants make drafts, publish and roll back, but raw editing is for admins
		mvc.perform(get("/consultant/rules").with(user("c").roles("CONSULTANT"))).andExpect(status().isOk());
		mvc.perform(get("/admin/rules/drafts/" + java.util.UUID.randomUUID() + "/edit")
			.param("path", "rules/findings/hiring.drl")
			.with(user("c").roles("CONSULTANT"))).andExpect(status().isForbidden());
		assertThat(page("/consultant/rules", "CONSULTANT").select("form[action=/consultant/rules/drafts]")).hasSize(1);
		Document home = page("/consultant", "CONSULTANT");
		assertThat(home.select("a[href=/admin/accounts]")).isEmpty();
		assertThat(page("/consultant", "ADMIN").select("a[href=/admin/accounts]")).hasSize(1);
	}

	@Test
	void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/admin/accounts").with(user("a").roles("ADMIN"))
			.param("username", "no-token")
			.param("password", "long-enough-password")
			.param("role", "CONSULTANT")).andExpect(status().isForbidden());
		assertThat(repository.findByUsername("no-token")).isEmpty();
		mvc.perform(post("/start")).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
		// the public JSON API authorises nothing through a session and needs no token
		mvc.perform(post("/api/v1/evaluations").contentType("application/json").content("{}"))
			.andExpect(status().isBadRequest());
		// and every form the pages render carries one
		for (String path : new String[] { "/", "/login" }) {
			Document page = Jsoup.parse(mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
			assertThat(page.select("form[method=post]")).isNotEmpty()
				.allMatch(f -> !f.select("input[name=_csrf]").attr("value").isBlank());
		}
		assertThat(page("/admin/accounts", "ADMIN").select("form[method=post]")).isNotEmpty()
			.allMatch(f -> !f.select("input[name=_csrf]").attr("value").isBlank());
		assertThat(page("/consultant/rules", "ADMIN").select("form[method=post]")).isNotEmpty()
			.allMatch(f -> !f.select("input[name=_csrf]").attr("value").isBlank());
		// publishing and rolling back need the token too
		mvc.perform(post("/consultant/rules/versions/1/rollback").with(user("a").roles("ADMIN")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/consultant/rules/drafts").with(user("a").roles("ADMIN"))).andExpect(status().isForbidden());
	}

	@Test
	void passwordsAreBcryptHashesAndSigningInAndOutWorks() throws Exception {
		Account account = accounts.create("Maria.K", "correct horse battery", Role.CONSULTANT);
		assertThat(account.getUsername()).isEqualTo("maria.k");
		assertThat(account.getPasswordHash()).startsWith("$2").doesNotContain("correct");

		mvc.perform(formLogin("/login").user("maria.k").password("correct horse battery"))
			.andExpect(authenticated().withUsername("maria.k").withRoles("CONSULTANT"))
			.andExpect(redirectedUrl("/consultant"));
		mvc.perform(formLogin("/login").user("maria.k").password("wrong"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?signedOut"));

		accounts.setEnabled(account.getId(), false);
		mvc.perform(formLogin("/login").user("maria.k").password("correct horse battery"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void repeatedFailedSignInsMustWaitLongerAndLonger() throws Exception {
		accounts.create("guessed", "the real password", Role.CONSULTANT);
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user("guessed").password("guess " + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		// after five failures, even the right password must wait
		mvc.perform(formLogin("/login").user("guessed").password("the real password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?wait=1"));
		Document page = Jsoup.parse(mvc.perform(get("/login").param("wait", "1").param("lang", "uk"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("[role=alert]").text())
			.isEqualTo(messages.getMessage("login.wait", new Object[] { 1 }, Lang.UK.locale()));
		clock.advance(Duration.ofSeconds(2));
		mvc.perform(formLogin("/login").user("guessed").password("another guess"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("guessed").password("the real password"))
			.andExpect(redirectedUrl("/login?wait=2"));
		clock.advance(Duration.ofSeconds(3));
		mvc.perform(formLogin("/login").user("guessed").password("the real password"))
			.andExpect(authenticated().withUsername("guessed"));
	}

	@Test
	void adminsCreateDisableAndReRoleAccountsButNeverLockTheWorkspaceOut() throws Exception {
		mvc.perform(post("/admin/accounts").with(user("boss").roles("ADMIN"))
			.with(csrf())
			.param("username", "olena")
			.param("password", "twelve chars!")
			.param("role", "CONSULTANT")).andExpect(redirectedUrl("/admin/accounts"));
		Account olena = repository.findByUsername("olena").orElseThrow();
		assertThat(olena.getRole()).isEqualTo(Role.CONSULTANT);

		// a refused form says why, in the admin's language, and keeps the name
		var refused = mvc
			.perform(post("/admin/accounts").with(user("boss").roles("ADMIN"))
				.with(csrf())
				.param("username", "olena")
				.param("password", "short")
				.param("role", "CONSULTANT"))
			.andReturn();
		Document page = Jsoup.parse(mvc.perform(get("/admin/accounts").param("lang", "ru")
			.with(user("boss").roles("ADMIN"))
			.flashAttrs(refused.getFlashMap())).andReturn().getResponse().getContentAsString());
		assertThat(page.select("[role=alert]").text())
			.isEqualTo(messages.getMessage("accounts.error.taken", null, Lang.RU.locale()));
		assertThat(page.selectFirst("#new-username").val()).isEqualTo("olena");
		assertThat(page.selectFirst("#new-username").attr("aria-invalid")).isEqualTo("true");

		mvc.perform(post("/admin/accounts/" + olena.getId() + "/role").with(user("boss").roles("ADMIN"))
			.with(csrf())
			.param("role", "ADMIN")).andExpect(redirectedUrl("/admin/accounts"));
		assertThat(repository.findById(olena.getId()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
		mvc.perform(post("/admin/accounts/" + olena.getId() + "/enabled").with(user("boss").roles("ADMIN"))
			.with(csrf())
			.param("enabled", "false")).andExpect(redirectedUrl("/admin/accounts"));
		assertThat(repository.findById(olena.getId()).orElseThrow().isEnabled()).isFalse();

		// the last enabled admin stays an enabled admin
		for (Account a : accounts.all()) {
			if (a.getRole() == Role.ADMIN && a.isEnabled() && !a.getUsername().equals("admin")) {
				accounts.setEnabled(a.getId(), false);
			}
		}
		Account admin = repository.findByUsername("admin").orElseThrow();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.setEnabled(admin.getId(), false))
			.isInstanceOf(Accounts.Refused.class)
			.hasMessageContaining("accounts.error.last-admin");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.changeRole(admin.getId(), Role.CONSULTANT))
			.isInstanceOf(Accounts.Refused.class);
		assertThat(repository.findByUsername("admin").orElseThrow().isEnabled()).isTrue();
	}

}
