package org.marketingadvisor.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.Messages;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A signed-in user's own password change (the only page open while a one-time password
 * must be changed), and the page that says why a request was refused.
 */
@Controller
class PasswordPages {

	static final String VIEW_PASSWORD = "security/password";

	static final String VIEW_REFUSED = "security/refused";

	private final Accounts accounts;

	private final LoginAttempts attempts;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final Messages messages;

	PasswordPages(Accounts accounts, LoginAttempts attempts, Messages messages) {
		this.accounts = accounts;
		this.attempts = attempts;
		this.messages = messages;
	}

	private static String blankIfNull(String s) {
		return s == null ? "" : s;
	}

	/**
	 * The change form as typed; never shown again (the fields of a refused form are
	 * blank), only its errors are.
	 */
	record PasswordChange(String current, String next, String repeat) {

		static final PasswordChange EMPTY = new PasswordChange("", "", "");

	}

	@GetMapping(PasswordChangeGate.CHANGE_PAGE)
	String form(Authentication auth, Model model) {
		model.addAttribute("required", PasswordChangeGate.mustChange(auth));
		model.addAttribute("min", Accounts.PASSWORD_MIN);
		model.addAttribute("max", Accounts.PASSWORD_MAX_BYTES);
		if (!model.containsAttribute("change")) {
			model.addAttribute("change", PasswordChange.EMPTY);
		}
		return VIEW_PASSWORD;
	}

	@PostMapping(PasswordChangeGate.CHANGE_PAGE)
	String change(@ModelAttribute("change") PasswordChange typed, BindingResult result, Authentication auth,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String address = request.getRemoteAddr();
		// the current password is a secret to guess like any other: throttled the same
		// way
		java.time.Duration wait = attempts.waitFor(auth.getName(), address);
		try {
			if (!wait.isZero()) {
				throw new Accounts.Refused("current", "login.wait");
			}
			accounts.changePassword(auth.getName(), blankIfNull(typed.current()), blankIfNull(typed.next()),
					blankIfNull(typed.repeat()));
		}
		catch (Accounts.Refused ex) {
			if ("current".equals(ex.field()) && wait.isZero()) {
				attempts.failed(auth.getName(), address);
			}
			response.setStatus(422);
			// the form shown again holds no password: only what was wrong, next to its
			// field
			BindingResult shown = new DirectFieldBindingResult(PasswordChange.EMPTY, "change");
			shown.rejectValue(ex.field(), ex.key(),
					wait.isZero() ? new Object[] { Accounts.PASSWORD_MIN, Accounts.PASSWORD_MAX_BYTES }
							: new Object[] { Math.max(1, wait.toSeconds()) },
					null);
			model.addAttribute("change", PasswordChange.EMPTY);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "change", shown);
			model.addAttribute("problems", messages.summary(shown, LangLocaleResolver.current(request)));
			return form(auth, model);
		}
		attempts.succeeded(auth.getName());
		// the same person, no longer held at the change form; a new session id, as after
		// signing in
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null,
				auth.getAuthorities()
					.stream()
					.filter(a -> !Accounts.MUST_CHANGE_PASSWORD.equals(a.getAuthority()))
					.toList()));
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
		return "redirect:/consultant?passwordChanged";
	}

	/** Why a request was refused (403), in the user's language. */
	@RequestMapping(Refusals.PAGE)
	String refused(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object reason = request.getAttribute(Refusals.REASON);
		model.addAttribute("reason", reason instanceof String r && REASONS.contains(r) ? r : "refused.role");
		response.setStatus(403);
		return VIEW_REFUSED;
	}

	private static final List<String> REASONS = List.of("refused.origin", "refused.csrf", "refused.role",
			"refused.password-change");

}
