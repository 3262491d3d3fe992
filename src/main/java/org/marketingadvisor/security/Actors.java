package org.marketingadvisor.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the signed-in user, or the application itself. */
public final class Actors {

	/** Who acted when nobody is signed in: the application itself (start-up, imports). */
	public static final String SYSTEM = "system";

	private Actors() {
	}

	/** The signed-in user's name, or {@link #SYSTEM} when nobody is signed in. */
	public static String current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName()) ? SYSTEM
				: auth.getName();
	}

}
