package org.marketingadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * Only people who sign in get an HTTP session: anonymous pages, the questionnaire,
 * reports, the JSON API and the health check keep nothing on the server, and their forms
 * still work (the CSRF token travels in a cookie and the page, as with JS off). A
 * signed-in user's token is kept in the session.
 * <p>
 * Forms here carry the token a page gave, never spring-security-test's {@code csrf()}:
 * that helper swaps the application's token store for a session-backed one for the rest
 * of the context's life. The property gives this class a context of its own for the same
 * reason.
 */
@SpringBootTest(properties = "advisor.security.free-attempts-per-address=20")
@AutoConfigureMockMvc
class SessionTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	AssessmentService assessments;

	/** A page's form token and the cookie that must come back with it. */
	record Token(Cookie cookie, String value) {
	}

	private Token token(String path, MockHttpSession session) throws Exception {
		var request = get(path);
		if (session != null) {
			request.session(session);
		}
		MvcResult page = mvc.perform(request).andExpect(status().isOk()).andReturn();
		Cookie cookie = page.getResponse().getCookie("XSRF-TOKEN");
		if (session == null) {
			assertNoSession(page);
			assertThat(cookie).as("the CSRF token's cookie from " + path).isNotNull();
			assertThat(cookie.isHttpOnly()).isTrue();
		}
		else {
			// a signed-in user's token is kept in the session instead
			assertThat(cookie).isNull();
		}
		String value = Jsoup.parse(page.getResponse().getContentAsString())
			.selectFirst("form[method=post] input[name=_csrf]")
			.val();
		return new Token(cookie, value);
	}

	private static void assertNoSession(MvcResult result) {
		String what = result.getRequest().getMethod() + " " + result.getRequest().getRequestURI();
		assertThat(result.getRequest().getSession(false)).as("session of " + what).isNull();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).as("cookies of " + what)
			.noneMatch(c -> c.contains("JSESSIONID"));
	}

	@Test
	void anonymousPagesReportsTheApiAndHealthCreateNoSession() throws Exception {
		String body = JSON.writeValueAsString(
				Map.of("lang", "en", "answers", TestContent.scenarioAnswers("solo-owner-does-everything")));
		MvcResult api = mvc.perform(post("/api/v1/assessments").contentType("application/json").content(body))
			.andExpect(status().isCreated())
			.andReturn();
		assertNoSession(api);
		String report = JSON.readTree(api.getResponse().getContentAsString()).get("token").stringValue();

		// the questionnaire as a browser with JS off goes through it
		Token home = token("/", null);
		MvcResult start = mvc
			.perform(post("/start").cookie(home.cookie()).param("_csrf", home.value()).param("lang", "en"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertNoSession(start);
		String draft = start.getResponse().getRedirectedUrl().split("/")[2];
		Token section = token("/q/" + draft + "/company", null);
		MvcResult saved = mvc
			.perform(post("/q/" + draft + "/company").cookie(section.cookie())
				.param("_csrf", section.value())
				.param("action", "next"))
			.andExpect(status().isOk()) // the page again, asking for the required answers
			.andReturn();
		assertNoSession(saved);
		assessments.saveDraft(draft, JSON.valueToTree(TestContent.scenarioAnswers("solo-owner-does-everything")), null,
				Lang.EN);
		Token review = token("/q/" + draft + "/review", null);
		MvcResult submitted = mvc
			.perform(post("/q/" + draft + "/submit").cookie(review.cookie()).param("_csrf", review.value()))
			.andExpect(redirectedUrl("/reports/" + draft))
			.andReturn();
		assertNoSession(submitted);

		for (String path : List.of("/", "/?lang=uk", "/login", "/q/" + draft, "/reports/" + report, "/reports/" + draft,
				"/reports/" + report + ".pdf", "/api/v1/reports/" + report, "/api/v1/questionnaire", "/actuator/health",
				"/consultant", "/consultant/assessments", "/css/app.css", "/no-such-page")) {
			MvcResult result = mvc.perform(get(path)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isLessThan(500);
			assertNoSession(result);
		}
		// starting again from a report is a form too
		Token again = token("/reports/" + report, null);
		MvcResult followUp = mvc
			.perform(post("/reports/" + report + "/again").cookie(again.cookie()).param("_csrf", again.value()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertNoSession(followUp);
		// the token is worth nothing without its cookie, nor the cookie without the token
		mvc.perform(post("/start").param("_csrf", home.value())).andExpect(status().isForbidden());
		mvc.perform(post("/start").cookie(home.cookie())).andExpect(status().isForbidden());
	}

	@Test
	void aSignedInConsultantGetsASessionAndItsFormsStillNeedTheToken() throws Exception {
		accounts.create("session.user", "a long enough password", Role.CONSULTANT);
		Token login = token("/login", null);
		MvcResult signedIn = mvc
			.perform(post("/login").cookie(login.cookie())
				.param("_csrf", login.value())
				.param("username", "session.user")
				.param("password", "a long enough password"))
			.andExpect(redirectedUrl("/consultant"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		assertThat(session).as("the consultant's session").isNotNull();
		assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isNotNull();
		// signing in replaced the token: the one of the sign-in page no longer works
		mvc.perform(post("/logout").session(session).cookie(login.cookie()).param("_csrf", login.value()))
			.andExpect(status().isForbidden());
		Token workspace = token("/consultant", session);
		mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
		// the token is bound to this session: another visitor's cookie and token pair
		// does not pass for it
		Token other = token("/", null);
		mvc.perform(post("/logout").session(session).cookie(other.cookie()).param("_csrf", other.value()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").session(session).param("_csrf", workspace.value()))
			.andExpect(redirectedUrl("/login?signedOut"));
	}

}
