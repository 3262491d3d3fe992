package org.marketingadvisor.security;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At the first start (no account yet) creates the first admin: with the password from
 * {@code ADVISOR_ADMIN_PASSWORD} if set, or else with a one-time random password written
 * once to the log, which works for {@code advisor.security.one-time-password-validity}
 * (24 h) and must be changed at the first sign-in. A later start leaves accounts alone,
 * except that a first admin whose one-time password ran out unchanged gets a new one (or
 * the one from {@code ADVISOR_ADMIN_PASSWORD}): restarting is how an operator who missed
 * the window gets in.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Accounts accounts;

	private final SecuritySettings settings;

	FirstAdmin(Accounts accounts, SecuritySettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		String given = settings.adminPassword();
		boolean generated = given == null || given.isBlank();
		if (!accounts.none()) {
			if (accounts.oneTimePasswordExpired(settings.adminUsername())) {
				String password = generated ? oneTimePassword() : given;
				accounts.replaceOneTimePassword(settings.adminUsername(), password,
						generated ? settings.oneTimePasswordValidity() : null);
				announce(generated, password, "(whose one-time password expired unchanged) now has");
			}
			return;
		}
		String password = generated ? oneTimePassword() : given;
		try {
			if (generated) {
				accounts.createWithOneTimePassword(settings.adminUsername(), password, Role.ADMIN,
						settings.oneTimePasswordValidity());
			}
			else {
				accounts.create(settings.adminUsername(), password, Role.ADMIN);
			}
		}
		catch (Accounts.Refused ex) {
			throw new IllegalStateException("Cannot create the first admin '" + settings.adminUsername() + "': "
					+ ("password".equals(ex.field())
							? "ADVISOR_ADMIN_PASSWORD must have at least " + Accounts.PASSWORD_MIN
									+ " characters and at most " + Accounts.PASSWORD_MAX_BYTES + " bytes"
							: "advisor.security.admin-username must be 3-50 lower-case letters, digits, '.', '_' or '-'"));
		}
		announce(generated, password, "created with");
	}

	private void announce(boolean generated, String password, String what) {
		if (generated) {
			log.warn(
					"First admin '{}' {} the one-time password {} . It is shown only this once "
							+ "and works for {} h: sign in at /login, choose your own password, then create personal "
							+ "accounts. Set ADVISOR_ADMIN_PASSWORD to choose it instead.",
					settings.adminUsername(), what, password, settings.oneTimePasswordValidity().toHours());
		}
		else {
			log.info("First admin '{}' {} the password from ADVISOR_ADMIN_PASSWORD", settings.adminUsername(), what);
		}
	}

	private static String oneTimePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
