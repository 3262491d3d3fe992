package org.marketingadvisor.ruleset;

import java.util.UUID;

import org.marketingadvisor.ruleset.VersionStore.Version;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What can be taken back on a draft: undoing (and redoing) a change of its history, and
 * discarding it, which asks for confirmation first (a page of its own, no script needed)
 * and can itself be taken back by restoring the draft.
 */
@Controller
class DraftActionPages {

	static final String VIEW_DISCARD = "authoring/discard";

	private final RuleSetVersions versions;

	private final VersionStore store;

	private final DraftHistory history;

	DraftActionPages(RuleSetVersions versions, VersionStore store, DraftHistory history) {
		this.versions = versions;
		this.store = store;
		this.history = history;
	}

	@PostMapping("/consultant/rules/drafts/{id}/history/{seq}/undo")
	String undo(@PathVariable UUID id, @PathVariable int seq, RedirectAttributes redirect) {
		Drafts.openDraft(store, id);
		try {
			history.undo(id, seq);
			redirect.addFlashAttribute("undone", seq);
		}
		catch (DraftHistory.NoSuchChange ex) {
			redirect.addFlashAttribute("undoRefused", seq);
		}
		catch (RuleSetVersions.NoSuchDraft ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/consultant/rules/drafts/" + id + "#history";
	}

	/** The confirmation step of discarding, for a link or a bookmark. */
	@GetMapping("/consultant/rules/drafts/{id}/discard")
	String confirmDiscard(@PathVariable UUID id, Model model) {
		return confirmation(Drafts.openDraft(store, id), model);
	}

	/**
	 * Discards a draft once confirmed; without the confirmation it only shows what would
	 * be lost and asks.
	 */
	@PostMapping("/consultant/rules/drafts/{id}/discard")
	String discard(@PathVariable UUID id, @RequestParam(defaultValue = "") String confirmed, Model model,
			RedirectAttributes redirect) {
		Version draft = store.byId(id).orElse(null);
		if (draft == null || !draft.draft()) {
			redirect.addFlashAttribute("done", "versions.done.gone");
			return "redirect:/consultant/rules#done";
		}
		if (!"yes".equals(confirmed)) {
			return confirmation(draft, model);
		}
		if (!versions.discard(id)) {
			redirect.addFlashAttribute("done", "versions.done.gone");
			return "redirect:/consultant/rules#done";
		}
		redirect.addFlashAttribute("discarded", VersionRow.of(store.byId(id).orElseThrow(), versions.liveNumber()));
		return "redirect:/consultant/rules#discarded";
	}

	/** The way back from discarding: the draft is open again, with its history. */
	@PostMapping("/consultant/rules/drafts/{id}/restore")
	String restore(@PathVariable UUID id, RedirectAttributes redirect) {
		if (store.byId(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!versions.restore(id)) {
			redirect.addFlashAttribute("done", "versions.done.not-restored");
			return "redirect:/consultant/rules#done";
		}
		redirect.addFlashAttribute("restored", true);
		return "redirect:/consultant/rules/drafts/" + id + "#draft-restored";
	}

	private String confirmation(Version draft, Model model) {
		int live = versions.liveNumber();
		Content content = store.content(draft.id());
		Content liveContent = store.byNumber(live).map(v -> store.content(v.id())).orElse(content);
		model.addAttribute("draft", VersionRow.of(draft, live));
		model.addAttribute("liveNumber", live);
		model.addAttribute("changes", history.entries(draft.id()).size());
		model.addAttribute("files", Diffs.between(liveContent, content));
		return VIEW_DISCARD;
	}

}
