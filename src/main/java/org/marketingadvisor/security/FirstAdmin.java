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
 * once to the log. Later starts leave accounts alone.
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
		if (!accounts.none()) {
			return;
		}
		String given = settings.adminPassword();
		boolean generated = given == null || given.isBlank();
		String password = generated ? oneTimePassword() : given;
		try {
			accounts.create(settings.adminUsername(), password, Role.ADMIN);
		}
		catch (Accounts.Refused ex) {
			throw new IllegalStateException("Cannot create the first admin '" + settings.adminUsername() + "': "
					+ ("password".equals(ex.field())
							? "ADVISOR_ADMIN_PASSWORD must have at least " + Accounts.PASSWORD_MIN + " characters"
							: "advisor.security.admin-username must be 3-50 lower-case letters, digits, '.', '_' or '-'"));
		}
		if (generated) {
			log.warn("First admin '{}' created with the one-time password {} . It is shown only this once: "
					+ "sign in at /login, then create personal accounts. Set ADVISOR_ADMIN_PASSWORD to choose it instead.",
					settings.adminUsername(), password);
		}
		else {
			log.info("First admin '{}' created with the password from ADVISOR_ADMIN_PASSWORD",
					settings.adminUsername());
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
