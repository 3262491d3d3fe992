package org.marketingadvisor.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who reaches what. Respondents' pages and the public JSON API are open (a private token
 * is the key to one respondent's data); the consultant's workspace needs an account, the
 * account pages an admin. Every form carries a CSRF token; the public JSON API, which no
 * browser session authorises, is exempt.
 */
@Configuration
class SecurityConfig {

	private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

	private static final LoginUrlAuthenticationEntryPoint SIGN_IN = new LoginUrlAuthenticationEntryPoint("/login");

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts, PasswordEncoder encoder,
			LoginAttempts attempts, AuditTrail audit) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		http.authorizeHttpRequests(a -> a.requestMatchers("/admin/**", "/api/v1/admin/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/consultant/**", "/api/v1/consultant/**")
			.hasAnyRole(Role.CONSULTANT.name(), Role.ADMIN.name())
			.anyRequest()
			.permitAll())
			// the only way in: no parent manager that a refused attempt could fall
			// through to
			.authenticationManager(new ProviderManager(new ThrottledAuthentication(passwords, attempts, audit)))
			.formLogin(f -> f.loginPage("/login")
				.defaultSuccessUrl("/consultant", false)
				.failureHandler((request, response, ex) -> response
					.sendRedirect(request.getContextPath() + (ex instanceof ThrottledAuthentication.TooManyAttempts t
							? "/login?wait=" + Math.max(1, t.waitFor().toSeconds()) : "/login?error")))
				.permitAll())
			.logout(l -> l.logoutUrl("/logout")
				.logoutSuccessUrl("/login?signedOut")
				.addLogoutHandler((request, response, auth) -> {
					if (auth != null) {
						audit.recordAs(auth.getName(), AuditTrail.Actions.SIGN_OUT, auth.getName(), null);
					}
				}))
			.csrf(c -> c.ignoringRequestMatchers(PathPatternRequestMatcher.pathPattern("/api/v1/evaluations"),
					PathPatternRequestMatcher.pathPattern("/api/v1/assessments")))
			// the API answers 401; a page sends the visitor to sign in
			.exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
				if (API.matches(request)) {
					response.sendError(HttpStatus.UNAUTHORIZED.value());
				}
				else {
					SIGN_IN.commence(request, response, ex);
				}
			}));
		// A page renders its forms' CSRF token while the response is being written; a
		// long
		// page (a report) is already partly sent by then, too late to create the session
		// that keeps the token, and the page would break off. So the token is made before
		// anything is written.
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
				return API.matches(request);
			}
		}, CsrfFilter.class);
		return http.build();
	}

}
