package org.marketingadvisor.security;

import org.marketingadvisor.audit.AuditTrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestClock;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/**
 * The web-facing protections, with the real security chain, accounts and database (no
 * HTTP session for anonymous visitors: {@link SessionTests}): no link or redirect is made
 * from the Host header, a form from another site is refused by its Origin, sign-in is
 * slowed down per client address too, every response carries a Content-Security-Policy
 * and a Referrer-Policy, users change their own password, and a one-time password holds
 * its user at the change form and runs out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WebSecurityTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String EVIL = "evil.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	AssessmentService assessments;

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

	@Autowired
	AuditTrail audit;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A sign-in form sent as the browser sends it (with its token). */
	private static MockHttpServletRequestBuilder login(String username, String password) {
		return post("/login").with(csrf()).param("username", username).param("password", password);
	}

	private String message(String key, Lang lang, Object... args) {
		return messages.getMessage(key, args, lang.locale());
	}

	/** A submitted assessment's token, sent through the public JSON API. */
	private String submitted() throws Exception {
		String body = JSON.writeValueAsString(
				Map.of("lang", "en", "answers", TestContent.scenarioAnswers("solo-owner-does-everything")));
		MvcResult result = mvc.perform(post("/api/v1/assessments").contentType("application/json").content(body))
			.andExpect(status().isCreated())
			.andReturn();
		return JSON.readTree(result.getResponse().getContentAsString()).get("token").stringValue();
	}

	/** A draft with every answer given, ready to submit, started as a browser would. */
	private String completeDraft(MockHttpServletRequestBuilder start) throws Exception {
		String location = mvc.perform(start.with(csrf()).param("lang", "en"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String token = location.split("/")[2];
		assessments.saveDraft(token, JSON.valueToTree(TestContent.scenarioAnswers("solo-owner-does-everything")), null,
				Lang.EN);
		return token;
	}

	@Test
	void theHostHeaderGoesIntoNoLinkAndNoRedirect() throws Exception {
		// the questionnaire's start and its private link
		MvcResult start = mvc.perform(post("/start").header("Host", EVIL).with(csrf()).param("lang", "en")).andReturn();
		assertThat(start.getResponse().getHeader("Location")).doesNotContain(EVIL).startsWith("/q/");
		String draft = completeDraft(post("/start").header("Host", EVIL));
		String section = mvc.perform(get("/q/" + draft + "/company").header("Host", EVIL))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(section).doesNotContain(EVIL);
		assertThat(Jsoup.parse(section).selectFirst("input.resume__url").val()).isEqualTo("/q/" + draft);
		// on a developer's machine the link is whole, as before
		String local = mvc.perform(get("/q/" + draft + "/company").header("Host", "localhost:8080"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(local).selectFirst("input.resume__url").val())
			.isEqualTo("http://localhost:8080/q/" + draft);
		// submission and the report
		MvcResult submit = mvc.perform(post("/q/" + draft + "/submit").header("Host", EVIL).with(csrf())).andReturn();
		assertThat(submit.getResponse().getHeader("Location")).isEqualTo("/reports/" + draft);
		String report = mvc.perform(get("/reports/" + draft).header("Host", EVIL))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(report).doesNotContain(EVIL).contains("/reports/" + draft);
		MvcResult api = mvc
			.perform(post("/api/v1/assessments").header("Host", EVIL)
				.contentType("application/json")
				.content(JSON.writeValueAsString(
						Map.of("lang", "en", "answers", TestContent.scenarioAnswers("solo-owner-does-everything")))))
			.andExpect(status().isCreated())
			.andReturn();
		assertThat(api.getResponse().getHeader("Location") + api.getResponse().getContentAsString())
			.doesNotContain(EVIL);
		// signing in (back to the page asked for), out, and the workspace's redirects
		accounts.create("host.user", "a long enough password", Role.CONSULTANT);
		MvcResult asked = mvc.perform(get("/consultant/assessments").header("Host", EVIL)).andReturn();
		assertThat(asked.getResponse().getHeader("Location")).isEqualTo("/login");
		Cookie saved = asked.getResponse().getCookie("REDIRECT_URI");
		assertThat(saved).as("the page to return to, kept in a cookie").isNotNull();
		MvcResult signedIn = mvc
			.perform(login("host.user", "a long enough password").header("Host", EVIL).cookie(saved))
			.andExpect(authenticated())
			.andReturn();
		assertThat(signedIn.getResponse().getHeader("Location")).isEqualTo("/consultant/assessments");
		MvcResult failed = mvc.perform(login("host.user", "wrong password").header("Host", EVIL)).andReturn();
		assertThat(failed.getResponse().getHeader("Location")).isEqualTo("/login?error");
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		String csv = mvc.perform(get("/consultant/assessments.csv").header("Host", EVIL).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).doesNotContain(EVIL).contains("/reports/" + draft);
		MvcResult out = mvc.perform(post("/logout").header("Host", EVIL).session(session).with(csrf())).andReturn();
		assertThat(out.getResponse().getHeader("Location")).isEqualTo("/login?signedOut");
	}

	@Test
	void aFormSentFromAnotherSiteIsRefusedEvenWithAValidToken() throws Exception {
		for (String[] claim : new String[][] { { "Origin", "https://evil.example" }, { "Origin", "null" },
				{ "Referer", "https://evil.example/page" }, { "Origin", "http://localhost.evil.example" },
				{ "Origin", "http://localhost:8081" } }) {
			MvcResult refused = mvc.perform(post("/start").with(csrf()).header(claim[0], claim[1]).param("lang", "uk"))
				.andExpect(status().isForbidden())
				.andExpect(forwardedUrl("/refused"))
				.andReturn();
			assertThat(refused.getRequest().getAttribute(Refusals.REASON)).as(claim[1]).isEqualTo("refused.origin");
		}
		// the app's own origin, and clients that say nothing, pass
		mvc.perform(post("/start").with(csrf()).header("Origin", "http://localhost").param("lang", "en"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/start").with(csrf()).header("Referer", "http://localhost/").param("lang", "en"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/start").with(csrf()).param("lang", "en")).andExpect(status().is3xxRedirection());
		// the JSON API: another site's page is refused with the usual error body; curl
		// passes
		String body = JSON.writeValueAsString(
				Map.of("lang", "en", "answers", TestContent.scenarioAnswers("solo-owner-does-everything")));
		String refused = mvc
			.perform(post("/api/v1/assessments").header("Origin", "https://evil.example")
				.header("Accept-Language", "uk")
				.contentType("application/json")
				.content(body))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(JSON.readTree(refused).get("errors").get(0).get("message").stringValue())
			.isEqualTo(message("refused.origin", Lang.UK));
		mvc.perform(post("/api/v1/assessments").contentType("application/json").content(body))
			.andExpect(status().isCreated());
		// a signed-in admin's form too
		mvc.perform(post("/admin/accounts").with(user("boss").roles("ADMIN"))
			.with(csrf())
			.header("Origin", "https://evil.example")
			.param("username", "planted")
			.param("password", "long-enough-password")
			.param("role", "ADMIN")).andExpect(status().isForbidden());
		assertThat(repository.findByUsername("planted")).isEmpty();
	}

	@Test
	void oneClientTryingManyNamesMustWaitToo() throws Exception {
		String client = "198.51.100.7";
		accounts.create("victim.name", "the victim's password", Role.CONSULTANT);
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 22; i++) {
			answers.add(mvc.perform(login("guess" + i, "password " + i).with(from(client)))
				.andReturn()
				.getResponse()
				.getRedirectedUrl());
		}
		// 20 free failures for an address (each name failed only once), then waits
		assertThat(answers.subList(0, 20)).allMatch("/login?error"::equals);
		assertThat(answers.subList(20, 22)).allMatch("/login?wait=1"::equals);
		// even the right password of a name never tried must wait from that client ...
		mvc.perform(login("victim.name", "the victim's password").with(from(client)))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?wait=1"));
		// ... but not from another one
		mvc.perform(login("victim.name", "the victim's password").with(from("203.0.113.9")))
			.andExpect(authenticated().withUsername("victim.name"));
		clock.advance(Duration.ofMinutes(16));
		mvc.perform(login("victim.name", "the victim's password").with(from(client))).andExpect(authenticated());
	}

	@Test
	void everyResponseCarriesAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
		String report = submitted();
		for (String path : List.of("/", "/login", "/reports/" + report, "/reports/" + report + ".pdf",
				"/api/v1/reports/" + report, "/no-such-page", "/css/app.css")) {
			mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
				.andExpect(header().string("Referrer-Policy", "same-origin"));
		}
		assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("script-src 'self'")
			.contains("style-src 'self'")
			.doesNotContain("unsafe");
		// and no page relies on what the policy forbids: no inline script, style or
		// handler
		String section = mvc.perform(get("/q/" + completeDraft(post("/start")) + "/company"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String html : List.of(section,
				mvc.perform(get("/reports/" + report)).andReturn().getResponse().getContentAsString())) {
			Document doc = Jsoup.parse(html);
			assertThat(doc.select("[style]")).isEmpty();
			assertThat(doc.select("style")).isEmpty();
			assertThat(doc.select("script:not([src])")).isEmpty();
			assertThat(doc.getAllElements())
				.allMatch(e -> e.attributes().asList().stream().noneMatch(a -> a.getKey().startsWith("on")));
		}
	}

	@Test
	void signedInUsersChangeTheirOwnPassword() throws Exception {
		accounts.create("changer", "the old password", Role.CONSULTANT);
		MockHttpSession session = (MockHttpSession) mvc.perform(login("changer", "the old password"))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
		mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
		record Attempt(String current, String next, String repeat, String key) {
		}
		String longRussian = "пароль".repeat(7); // 42 letters, 84 bytes
		for (Attempt a : List.of(
				new Attempt("wrong password", "a brand new password", "a brand new password", "password.error.current"),
				new Attempt("the old password", "short", "short", "accounts.error.password"),
				new Attempt("the old password", longRussian, longRussian, "accounts.error.password-long"),
				new Attempt("the old password", "a brand new password", "a brand new passwort",
						"password.error.repeat"),
				new Attempt("the old password", "the old password", "the old password", "password.error.same"))) {
			String html = mvc
				.perform(post("/account/password").session(session)
					.with(csrf())
					.param("lang", "ru")
					.param("current", a.current())
					.param("next", a.next())
					.param("repeat", a.repeat()))
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Jsoup.parse(html).select("[role=alert]").text()).as(a.key())
				.isEqualTo(message(a.key(), Lang.RU, 12, 72));
		}
		assertThat(message("accounts.error.password-long", Lang.EN)).contains("72 bytes");
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("current", "the old password")
			.param("next", "a brand new password")
			.param("repeat", "a brand new password")).andExpect(redirectedUrl("/consultant?passwordChanged"));
		mvc.perform(login("changer", "the old password")).andExpect(unauthenticated());
		mvc.perform(login("changer", "a brand new password")).andExpect(authenticated().withUsername("changer"));
		assertThat(audit.find(new AuditTrail.Filter("changer", AuditTrail.Actions.ACCOUNT_PASSWORD, null, null, 0)))
			.hasSize(1);
		// an admin's new account is held to the same limit
		mvc.perform(post("/admin/accounts").with(user("boss").roles("ADMIN"))
			.with(csrf())
			.param("username", "too.long")
			.param("password", longRussian)
			.param("role", "CONSULTANT")).andExpect(redirectedUrl("/admin/accounts"));
		assertThat(repository.findByUsername("too.long")).isEmpty();
	}

	@Test
	void aOneTimePasswordLeadsOnlyToTheChangeFormAndRunsOut() throws Exception {
		accounts.createWithOneTimePassword("fresh.admin", "generated-one-time", Role.ADMIN, Duration.ofHours(24));
		MvcResult signedIn = mvc.perform(login("fresh.admin", "generated-one-time"))
			.andExpect(authenticated())
			.andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		for (String path : List.of("/consultant", "/admin/accounts", "/consultant/rules", "/")) {
			mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/account/password"));
		}
		mvc.perform(get("/api/v1/consultant/assessments").session(session)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/accounts").session(session)
			.with(csrf())
			.param("username", "sneaky2")
			.param("password", "long-enough-password")
			.param("role", "ADMIN")).andExpect(redirectedUrl("/account/password"));
		assertThat(repository.findByUsername("sneaky2")).isEmpty();
		Document form = Jsoup.parse(mvc.perform(get("/account/password").session(session).param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(form.select("[role=status]").text()).isEqualTo(message("password.required", Lang.EN));
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("current", "generated-one-time")
			.param("next", "the admin's own password")
			.param("repeat", "the admin's own password")).andExpect(redirectedUrl("/consultant?passwordChanged"));
		mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());
		assertThat(repository.findByUsername("fresh.admin").orElseThrow().isMustChangePassword()).isFalse();

		// an unchanged one-time password stops working after its validity
		accounts.createWithOneTimePassword("late.admin", "another-one-time", Role.ADMIN, Duration.ofHours(24));
		clock.advance(Duration.ofHours(25));
		mvc.perform(login("late.admin", "another-one-time"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?expired"));
		Document login = Jsoup.parse(mvc.perform(get("/login").param("expired", "").param("lang", "uk"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(login.select("[role=alert]").text()).isEqualTo(message("login.expired", Lang.UK));
		// a chosen password does not expire
		mvc.perform(login("fresh.admin", "the admin's own password")).andExpect(authenticated());
	}

}
