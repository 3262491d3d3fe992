package org.marketingadvisor.security;

import java.security.Principal;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.web.FormErrors;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in page, the consultant's workspace home, and the admins' account pages. */
@Controller
class SecurityPages {

	static final String VIEW_LOGIN = "security/login";

	static final String VIEW_HOME = "security/home";

	static final String VIEW_ACCOUNTS = "security/accounts";

	private final Accounts accounts;

	private final Messages messages;

	SecurityPages(Accounts accounts, Messages messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) String wait, HttpServletRequest request, Model model) {
		model.addAttribute("error", request.getParameter("error") != null);
		model.addAttribute("signedOut", request.getParameter("signedOut") != null);
		model.addAttribute("expired", request.getParameter("expired") != null);
		// only the sign-in failure handler sets it; anything else in it is ignored
		model.addAttribute("wait", wait != null && wait.matches("[0-9]{1,9}") ? Long.valueOf(wait) : null);
		return VIEW_LOGIN;
	}

	@GetMapping("/consultant")
	String home(Principal principal, Model model) {
		model.addAttribute("username", principal.getName());
		return VIEW_HOME;
	}

	@GetMapping("/admin/accounts")
	String accounts(HttpServletRequest request, Model model) {
		model.addAttribute("accounts", accounts.all());
		model.addAttribute("roles", Arrays.asList(Role.values()));
		if (!model.containsAttribute("account")) {
			model.addAttribute("account", new NewAccount("", "", Role.CONSULTANT.name()));
		}
		BindingResult refused = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "account");
		if (refused != null) {
			model.addAttribute("problems", messages.summary(refused, LangLocaleResolver.current(request)));
		}
		return VIEW_ACCOUNTS;
	}

	/** The create form as typed. */
	record NewAccount(String username, String password, String role) {

		/** What is kept of a refused form: all but the password. */
		NewAccount kept() {
			return new NewAccount(username, "", role);
		}

	}

	@PostMapping("/admin/accounts")
	String create(@ModelAttribute("account") NewAccount typed, BindingResult result, RedirectAttributes redirect) {
		try {
			Account created = accounts.create(blankIfNull(typed.username()), blankIfNull(typed.password()),
					parseRole(typed.role()));
			redirect.addFlashAttribute("done", "accounts.done.created");
			redirect.addFlashAttribute("doneName", created.getUsername());
		}
		catch (Accounts.Refused ex) {
			// after the redirect the form shows again with the error next to its field;
			// the
			// password is never kept, not even in the session's flash
			result.rejectValue(ex.field(), ex.key(),
					new Object[] { Accounts.PASSWORD_MIN, Accounts.PASSWORD_MAX_BYTES }, null);
			NewAccount kept = typed.kept();
			redirect.addFlashAttribute("account", kept);
			redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "account",
					FormErrors.forRedirect(result, kept, "account"));
		}
		return "redirect:/admin/accounts";
	}

	private static String blankIfNull(String s) {
		return s == null ? "" : s;
	}

	@PostMapping("/admin/accounts/{id}/role")
	String role(@PathVariable UUID id, @RequestParam(defaultValue = "") String role, RedirectAttributes redirect) {
		return change(redirect, () -> accounts.changeRole(id, parseRole(role)), "accounts.done.role");
	}

	@PostMapping("/admin/accounts/{id}/enabled")
	String enabled(@PathVariable UUID id, @RequestParam(defaultValue = "") String enabled,
			RedirectAttributes redirect) {
		if (!enabled.equals("true") && !enabled.equals("false")) {
			redirect.addFlashAttribute("refused", new Accounts.Refused("account", "accounts.error.enabled"));
			return "redirect:/admin/accounts";
		}
		boolean on = enabled.equals("true");
		return change(redirect, () -> accounts.setEnabled(id, on),
				on ? "accounts.done.enabled" : "accounts.done.disabled");
	}

	private static String change(RedirectAttributes redirect, java.util.function.Supplier<Account> action,
			String done) {
		try {
			Account changed = action.get();
			redirect.addFlashAttribute("done", done);
			redirect.addFlashAttribute("doneName", changed.getUsername());
		}
		catch (Accounts.Refused ex) {
			redirect.addFlashAttribute("refused", ex);
		}
		return "redirect:/admin/accounts";
	}

	private static Role parseRole(String role) {
		return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
	}

}
