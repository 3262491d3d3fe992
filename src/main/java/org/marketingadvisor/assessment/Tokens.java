package org.marketingadvisor.assessment;

import java.security.SecureRandom;
import java.util.Base64;

/** Private links: 256 random bits, URL-safe (43 characters). */
final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
