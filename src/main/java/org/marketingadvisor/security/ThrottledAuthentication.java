package org.marketingadvisor.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Password sign-in, refused early (as a locked account, which ends the search for another
 * provider) while the name must wait after repeated failures; every failure (wrong
 * password, unknown or disabled account) counts.
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

	ThrottledAuthentication(AuthenticationProvider passwords, LoginAttempts attempts) {
		this.passwords = passwords;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		Duration wait = attempts.waitFor(name);
		if (!wait.isZero()) {
			throw new TooManyAttempts(wait);
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			attempts.succeeded(name);
			return result;
		}
		catch (BadCredentialsException | DisabledException ex) {
			attempts.failed(name);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return passwords.supports(authentication);
	}

}
