package org.marketingadvisor.editor;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.lint.DraftLints;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.Diffs;
import org.marketingadvisor.ruleset.DraftHistory;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionRow;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * A draft's page, where its editing starts: what changed against the live version, its
 * problems (linked to their place in the editor), the linter's report and the rules the
 * guided editor can open.
 */
@Controller
class DraftPages {

	static final String VIEW_DRAFT = "authoring/draft";

	private final RuleSetVersions versions;

	private final VersionStore store;

	private final DraftLints lints;

	private final RuleBook book;

	private final DraftHistory history;

	DraftPages(RuleSetVersions versions, VersionStore store, DraftLints lints, RuleBook book, DraftHistory history) {
		this.versions = versions;
		this.store = store;
		this.lints = lints;
		this.book = book;
		this.history = history;
	}

	/**
	 * Whether the draft's background checks are still running, for the page's small poll:
	 * it reloads (or offers to) once both are done.
	 */
	@GetMapping(path = "/consultant/rules/drafts/{id}/check", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Boolean> check(@PathVariable UUID id) {
		Version draft = store.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean checking = draft.draft() && versions.checking(id);
		boolean lint = draft.draft() && lints.status(id).pending();
		return Map.of("checking", checking, "lint", lint, "done", !checking && !lint);
	}

	@GetMapping("/consultant/rules/drafts/{id}")
	String draft(@PathVariable UUID id, HttpServletRequest request, Model model) {
		Version draft = store.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int live = versions.liveNumber();
		Content content = store.content(id);
		Content liveContent = store.byNumber(live).map(v -> store.content(v.id())).orElse(content);
		model.addAttribute("draft", VersionRow.of(draft, live));
		model.addAttribute("liveNumber", live);
		model.addAttribute("paths", content.files().keySet());
		model.addAttribute("files", Diffs.between(liveContent, content));
		model.addAttribute("problems", draft.problems());
		// the full check and the linter run in the background: the page says so and polls
		model.addAttribute("checking", draft.draft() && versions.checking(id));
		DraftLints.Status lint = draft.draft() ? lints.status(id) : new DraftLints.Status(null, false);
		model.addAttribute("lint", lint.report());
		model.addAttribute("lintPending", lint.pending());
		model.addAttribute("history", draft.draft() ? history.entries(id) : List.of());
		List<RuleBook.AreaRules> areas = draft.draft() && draft.valid()
				? book.byArea(id, Drafts.knowledgeBase(store, id), LangLocaleResolver.current(request)) : List.of();
		model.addAttribute("ruleAreas", areas);
		model.addAttribute("rules",
				areas.stream().flatMap(a -> a.rules().stream()).map(RuleBook.Line::listed).toList());
		return VIEW_DRAFT;
	}

}
