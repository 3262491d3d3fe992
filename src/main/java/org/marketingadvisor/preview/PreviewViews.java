package org.marketingadvisor.preview;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.Messages;
import org.springframework.ui.Model;
import org.springframework.web.servlet.ModelAndView;

/** What every preview page shares: its addresses, its banner, and its refusals. */
final class PreviewViews {

	static final String VIEW_REFUSED = "preview/refused";

	static final String NO_DRAFT = "preview.error.no-draft";

	private PreviewViews() {
	}

	/**
	 * The banner every preview page opens with: which draft, that nothing is saved, and
	 * the way back.
	 */
	record Banner(UUID draft, Integer baseNumber, String draftUrl, String home) {
	}

	static String home(UUID draft) {
		return "/consultant/rules/drafts/" + draft + "/preview";
	}

	static void banner(Model model, Version draft) {
		model.addAttribute("preview",
				new Banner(draft.id(), draft.baseNumber(), "/consultant/rules/drafts/" + draft.id(), home(draft.id())));
	}

	/**
	 * The page for a refused preview, in the consultant's language, with the layout's
	 * model (an exception handler's view gets no page model).
	 */
	static ModelAndView refused(PreviewRefused ex, HttpServletRequest request, Messages messages, UUID draft) {
		Lang lang = LangLocaleResolver.current(request);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("status", ex.status().value());
		model.put("message", messages.get(lang, ex.key(), ex.args()));
		model.put("details", ex.details());
		// the ways back to a draft, unless the refusal is that there is no such draft
		boolean known = draft != null && !ex.key().equals(NO_DRAFT);
		model.put("draftUrl", known ? "/consultant/rules/drafts/" + draft : null);
		model.put("home", known ? home(draft) : null);
		model.put("lang", lang.code());
		model.put("languages", Arrays.stream(Lang.values()).map(Lang::code).toList());
		model.put("path", request.getRequestURI().substring(request.getContextPath().length()));
		ModelAndView mv = new ModelAndView(VIEW_REFUSED, model);
		mv.setStatus(ex.status());
		return mv;
	}

	/** The draft a request's path names, if it names one. */
	static UUID draftOf(HttpServletRequest request) {
		String[] parts = request.getRequestURI().split("/");
		for (int i = 0; i + 1 < parts.length; i++) {
			if (parts[i].equals("drafts")) {
				try {
					return UUID.fromString(parts[i + 1]);
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
		}
		return null;
	}

}
