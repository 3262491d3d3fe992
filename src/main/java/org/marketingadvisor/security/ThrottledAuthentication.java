package org.marketingadvisor.security;

import org.springframework.context.ApplicationEventPublisher;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in, refused early (as a locked account, which ends the search for another
 * provider) while the name or the client address must wait after repeated failures; every
 * failure (wrong password, unknown or disabled account) counts.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	/** Refused without checking the password: the name must wait {@link #waitFor}. */
	static final class TooManyAttempts extends LockedException {

		private final Duration waitFor;

		TooManyAttempts(Duration waitFor) {
			super("Too many failed sign-ins; wait " + waitFor.toSeconds() + " s");
			this.waitFor = waitFor;
		}

		Duration waitFor() {
			return waitFor;
		}

	}

	private final AuthenticationProvider passwords;

	private final LoginAttempts attempts;

	private final ApplicationEventPublisher events;

	ThrottledAuthentication(AuthenticationProvider passwords, LoginAttempts attempts,
			ApplicationEventPublisher events) {
		this.passwords = passwords;
		this.attempts = attempts;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		// the connection's address (request.getRemoteAddr()); behind a proxy, Spring's
		// server.forward-headers-strategy makes it the client's, never a header by itself
		String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress()
				: null;
		Duration wait = attempts.waitFor(name, address);
		String who = LoginAttempts.key(name);
		if (!wait.isZero()) {
			events.publishEvent(new SecurityEvent(who, SecurityEvent.Kind.SIGN_IN_FAILED, who,
					"refused: must wait " + wait.toSeconds() + " s"));
			throw new TooManyAttempts(wait);
		}
		try {
			if (authentication.getCredentials() instanceof String password && password
				.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > Accounts.PASSWORD_MAX_BYTES) {
				// bcrypt refuses to read it (an exception, not a failed match); no
				// account has such a password, so it is simply wrong
				throw new BadCredentialsException("password longer than bcrypt reads");
			}
			Authentication result = passwords.authenticate(authentication);
			attempts.succeeded(name);
			events.publishEvent(new SecurityEvent(who, SecurityEvent.Kind.SIGN_IN, who, null));
			return result;
		}
		catch (CredentialsExpiredException ex) {
			// the right password, but a one-time one past its validity: not a guess
			events.publishEvent(
					new SecurityEvent(who, SecurityEvent.Kind.SIGN_IN_FAILED, who, "one-time password expired"));
			throw ex;
		}
		catch (BadCredentialsException | DisabledException ex) {
			attempts.failed(name, address);
			events.publishEvent(new SecurityEvent(who, SecurityEvent.Kind.SIGN_IN_FAILED, who,
					ex instanceof DisabledException ? "account disabled" : "wrong name or password"));
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

}
