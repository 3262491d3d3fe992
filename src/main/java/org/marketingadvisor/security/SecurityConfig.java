package org.marketingadvisor.security;

import org.springframework.context.ApplicationEventPublisher;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.web.BaseUrl;
import org.marketingadvisor.web.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who reaches what. Respondents' pages and the public JSON API are open (a private token
 * is the key to one respondent's data); the consultant's workspace needs an account, the
 * account pages an admin. Every form carries a CSRF token, and a state-changing request
 * from another site's page is refused by its Origin; the public JSON API, which no
 * browser session authorises, needs no token.
 * <p>
 * Nobody but a signed-in user gets an HTTP session: an anonymous visitor's CSRF token
 * lives in a cookie (a signed-in user's in the session), the page to return to after
 * signing in in a cookie too, and the language in its own cookie. Redirects are paths,
 * never made from the Host header.
 */
@Configuration
class SecurityConfig {

	private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

	/** What no page's form is on, so no CSRF token needs to be made for it. */
	private static final RequestMatcher NO_FORMS = new OrRequestMatcher(API,
			PathPatternRequestMatcher.pathPattern("/actuator/**"), PathPatternRequestMatcher.pathPattern("/css/**"),
			PathPatternRequestMatcher.pathPattern("/js/**"), PathPatternRequestMatcher.pathPattern("/webjars/**"),
			PathPatternRequestMatcher.pathPattern("/favicon.ico"),
			PathPatternRequestMatcher.pathPattern("/reports/{token}.pdf"),
			PathPatternRequestMatcher.pathPattern("/consultant/assessments.csv"),
			PathPatternRequestMatcher.pathPattern("/consultant/rules/versions/{n}/zip"));

	/**
	 * Scripts, styles, fonts and images only from this app; no inline script or style, no
	 * plug-ins, no framing, forms only to this app.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts, PasswordEncoder encoder,
			LoginAttempts attempts, ApplicationEventPublisher events, BaseUrl baseUrl, Messages messages,
			JsonMapper json) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		RelativeRedirects redirects = new RelativeRedirects();
		Refusals refusals = new Refusals(messages, json);

		// The page asked for before signing in, kept in a cookie (not a session) and only
		// for pages
		CookieRequestCache requestCache = new CookieRequestCache();
		requestCache.setRequestMatcher(new AndRequestMatcher(
				PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/**"), new NegatedRequestMatcher(API)));
		SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
		signedIn.setDefaultTargetUrl("/consultant");
		signedIn.setRequestCache(requestCache);
		signedIn.setRedirectStrategy(redirects);
		SimpleUrlLogoutSuccessHandler signedOut = new SimpleUrlLogoutSuccessHandler();
		signedOut.setDefaultTargetUrl("/login?signedOut");
		signedOut.setRedirectStrategy(redirects);
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		signIn.setFavorRelativeUris(true);

		http.authorizeHttpRequests(a -> a.requestMatchers("/admin/**", "/api/v1/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/consultant/**", "/api/v1/consultant/**")
			.hasAnyRole(Role.CONSULTANT.name(), Role.ADMIN.name())
			.requestMatchers(PasswordChangeGate.CHANGE_PAGE)
			.authenticated()
			.anyRequest()
			.permitAll())
			// the only way in: no parent manager that a refused attempt could fall
			// through to
			.authenticationManager(new ProviderManager(new ThrottledAuthentication(passwords, attempts, events)))
			.formLogin(f -> f.loginPage("/login")
				.successHandler(signedIn)
				.failureHandler((request, response, ex) -> response
					.sendRedirect(request.getContextPath() + (ex instanceof ThrottledAuthentication.TooManyAttempts t
							? "/login?wait=" + Math.max(1, t.waitFor().toSeconds())
							: ex instanceof CredentialsExpiredException ? "/login?expired" : "/login?error")))
				.permitAll())
			.logout(l -> l.logoutUrl("/logout")
				.logoutSuccessHandler(signedOut)
				.addLogoutHandler((request, response, auth) -> {
					if (auth != null) {
						events.publishEvent(
								new SecurityEvent(auth.getName(), SecurityEvent.Kind.SIGN_OUT, auth.getName(), null));
					}
				}))
			.requestCache(r -> r.requestCache(requestCache))
			// a session is made when someone signs in, and for nobody else
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
			.csrf(c -> c.csrfTokenRepository(new SessionOrCookieCsrfTokens())
				.ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern("/api/v1/evaluations"),
						PathPatternRequestMatcher.pathPattern("/api/v1/assessments")))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				// the private token is in the address: never tell another site
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
			// the API answers 401; a page sends the visitor to sign in
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
				if (API.matches(request)) {
					response.sendError(HttpStatus.UNAUTHORIZED.value());
				}
				else {
					signIn.commence(request, response, ex);
				}
			}).accessDeniedHandler(refusals));
		http.addFilterBefore(new OriginCheck(baseUrl, refusals), CsrfFilter.class);
		http.addFilterBefore(new PasswordChangeGate(refusals), AuthorizationFilter.class);
		// A page renders its forms' CSRF token while the response is being written; a
		// long page (a report) is already partly sent by then, too late to set the cookie
		// that keeps the token, and the form would be refused. So the token is made
		// before anything is written (once per browser: a cookie already sent is reused).
		http.addFilterAfter(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
					token.getToken();
				}
				chain.doFilter(request, response);
			}

			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return NO_FORMS.matches(request);
			}
		}, CsrfFilter.class);
		return http.build();
	}

}
