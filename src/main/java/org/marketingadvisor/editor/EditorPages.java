package org.marketingadvisor.editor;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.Drafts;

import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.RuleSetVersions;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.ruleset.VersionStore;
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
 * Raw editing of a draft's files, for admins: an editor with syntax highlighting; every
 * save is kept and checked at once (file:line:column problems shown beside the text); a
 * draft goes live only when published from the versions pages.
 */
@Controller
class EditorPages {

	static final String VIEW_EDITOR = "authoring/editor";

	/** H2 keeps at most a million characters in a file's column. */
	static final int MAX_LENGTH = 1_000_000;

	/** The database keeps a path of at most 300 characters; paths stay well under it. */
	static final int MAX_PATH = 200;

	private final RuleSetVersions versions;

	private final VersionStore store;

	EditorPages(RuleSetVersions versions, VersionStore store) {
		this.versions = versions;
		this.store = store;
	}

	@GetMapping("/admin/rules/drafts/{id}/edit")
	String edit(@PathVariable UUID id, @RequestParam String path, @RequestParam(required = false) Integer line,
			Model model) {
		Version draft = Drafts.openDraft(store, id);
		String text = store.content(id).files().get(path);
		if (text == null && !model.containsAttribute("text")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return page(model, draft, path, text, line, null);
	}

	@PostMapping("/admin/rules/drafts/{id}/edit")
	String save(@PathVariable UUID id, @RequestParam(defaultValue = "") String path,
			@RequestParam(defaultValue = "") String content, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Version draft = Drafts.openDraft(store, id);
		String text = content.replace("\r\n", "\n");
		if (path.length() > MAX_PATH) {
			return refused(response, model, draft, path, text, "editor.error.path-long");
		}
		if (!Content.isAllowedPath(path)) {
			return refused(response, model, draft, path, text, "editor.error.path");
		}
		if (text.length() > MAX_LENGTH) {
			return refused(response, model, draft, path, text, "editor.error.long");
		}
		List<Problem> problems;
		try {
			problems = versions.saveDraftFile(id, path, text);
		}
		catch (StackOverflowError ex) {
			// Reading a text nested thousands of levels deep (brackets) ran out of stack
			// somewhere in the checks; nothing was saved, the author gets the text back.
			return refused(response, model, draft, path, text, "error.request.too-deep");
		}
		redirect.addFlashAttribute("saved", problems.isEmpty() ? "editor.saved.builds" : "editor.saved.problems");
		redirect.addAttribute("path", path);
		return "redirect:/admin/rules/drafts/" + id + "/edit#saved";
	}

	/** A new file in a draft: the path is checked, the file starts empty. */
	@PostMapping("/admin/rules/drafts/{id}/files")
	String newFile(@PathVariable UUID id, @RequestParam(defaultValue = "") String path, RedirectAttributes redirect) {
		Drafts.openDraft(store, id);
		String clean = path.strip();
		if (clean.length() > MAX_PATH || !Content.isAllowedPath(clean) || !clean.startsWith(Content.RULES)) {
			redirect.addFlashAttribute("refusedPath", clean);
			return "redirect:/consultant/rules/drafts/" + id + "#bad-path";
		}
		if (!store.content(id).files().containsKey(clean)) {
			versions.saveDraftFile(id, clean, "");
		}
		redirect.addAttribute("path", clean);
		return "redirect:/admin/rules/drafts/" + id + "/edit";
	}

	/** The editor again with what was typed and why it was not saved, as a 400. */
	private String refused(HttpServletResponse response, Model model, Version draft, String path, String text,
			String error) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(model, draft, path, text, null, error);
	}

	private String page(Model model, Version draft, String path, String text, Integer line, String error) {
		List<Problem> problems = store.byId(draft.id()).orElseThrow().problems();
		model.addAttribute("draft", draft);
		model.addAttribute("path", path);
		model.addAttribute("text", text);
		model.addAttribute("line", line);
		model.addAttribute("error", error);
		model.addAttribute("mode", path.endsWith(".drl") ? "drl" : "yaml");
		model.addAttribute("problems", problems);
		model.addAttribute("here", problems.stream().filter(p -> path.equals(p.file())).toList());
		model.addAttribute("paths", store.content(draft.id()).files().keySet());
		return VIEW_EDITOR;
	}

}
