package org.marketingadvisor.ruleset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.ruleset.VersionStore.Version;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The versions pages: the live version, open drafts (their problems shown), every
 * published version with per-file differences, zip download and rollback; publishing a
 * draft. Consultants and admins use them; a draft's own page and its editing are in the
 * {@code editor} module.
 */
@Controller
class VersionPages {

	static final String VIEW_LIST = "authoring/versions";

	static final String VIEW_DIFF = "authoring/diff";

	static final String VIEW_ROLLBACK = "authoring/rollback";

	private final RuleSetVersions versions;

	private final VersionStore store;

	private final Optional<RollbackPreview> preview;

	private final Messages messages;

	VersionPages(RuleSetVersions versions, VersionStore store, Optional<RollbackPreview> preview, Messages messages) {
		this.versions = versions;
		this.store = store;
		this.preview = preview;
		this.messages = messages;
	}

	@GetMapping("/consultant/rules")
	String list(Model model) {
		int live = versions.liveNumber();
		model.addAttribute("liveNumber", live);
		model.addAttribute("drafts", store.drafts().stream().map(v -> VersionRow.of(v, live)).toList());
		List<Version> published = store.published();
		model.addAttribute("published", published.stream().map(v -> VersionRow.of(v, live)).toList());
		model.addAttribute("numbers", published.stream().map(Version::number).toList());
		return VIEW_LIST;
	}

	@GetMapping("/consultant/rules/diff")
	String diff(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
		int live = versions.liveNumber();
		int a = from == null ? Math.max(1, live - 1) : from;
		int b = to == null ? live : to;
		Optional<Version> older = store.byNumber(a).filter(Version::published);
		Optional<Version> newer = store.byNumber(b).filter(Version::published);
		model.addAttribute("numbers", store.published().stream().map(Version::number).toList());
		model.addAttribute("from", a);
		model.addAttribute("to", b);
		if (older.isEmpty() || newer.isEmpty()) {
			model.addAttribute("unknown", older.isEmpty() ? a : b);
			model.addAttribute("files", List.of());
			return VIEW_DIFF;
		}
		model.addAttribute("files", Diffs.between(store.content(older.get().id()), store.content(newer.get().id())));
		return VIEW_DIFF;
	}

	@GetMapping("/consultant/rules/versions/{number}/zip")
	ResponseEntity<byte[]> zip(@PathVariable int number) {
		Version version = store.byNumber(number)
			.filter(Version::published)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Content content = store.content(version.id());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (var file : content.files().entrySet()) {
				ZipEntry entry = new ZipEntry(file.getKey());
				entry.setTime(version.publishedAt().toEpochMilli());
				zip.putNextEntry(entry);
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("ruleset-v" + number + ".zip").build().toString())
			.body(bytes.toByteArray());
	}

	/**
	 * Rolls back once confirmed. Without the confirmation it shows first what the
	 * rollback would do: the impact on stored reports where the impact preview is there
	 * (it asks for the confirmation in turn), else the files it changes.
	 */
	@PostMapping("/consultant/rules/versions/{number}/rollback")
	String rollback(@PathVariable int number, @RequestParam(defaultValue = "") String message,
			@RequestParam(defaultValue = "") String confirmed, Model model, RedirectAttributes redirect) {
		Version target = store.byNumber(number)
			.filter(Version::published)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!"yes".equals(confirmed)) {
			if (preview.isPresent()) {
				return "redirect:" + preview.get().start(number, target.id(), message);
			}
			int live = versions.liveNumber();
			model.addAttribute("target", VersionRow.of(target, live));
			model.addAttribute("liveNumber", live);
			model.addAttribute("message", message);
			model.addAttribute("files",
					store.byNumber(live)
						.map(v -> Diffs.between(store.content(v.id()), store.content(target.id())))
						.orElse(List.of()));
			return VIEW_ROLLBACK;
		}
		RuleSetVersions.Outcome outcome = versions.rollback(number, message);
		if (outcome.published()) {
			redirect.addFlashAttribute("done", "versions.done.rolled-back");
			redirect.addFlashAttribute("doneArgs", new Object[] { number, outcome.number() });
			return "redirect:/consultant/rules#done";
		}
		redirect.addFlashAttribute("refused", outcome.problems());
		return "redirect:/consultant/rules#refused";
	}

	/**
	 * A new draft from the live version, for guided editing (and raw editing by admins).
	 */
	@PostMapping("/consultant/rules/drafts")
	String newDraft(@RequestParam(defaultValue = "") String message, HttpServletRequest request,
			RedirectAttributes redirect) {
		// without a message, the draft is named in the language of the one who made it
		UUID id = versions.newDraft(message.isBlank()
				? messages.get(LangLocaleResolver.current(request), "versions.new-draft.default", versions.liveNumber())
				: message);
		// the notice is at the top of the draft's page, where the browser lands anyway;
		// no
		// fragment, so the draft's address stays the id the other pages and tests read
		redirect.addFlashAttribute("created", true);
		return "redirect:/consultant/rules/drafts/" + id;
	}

	@PostMapping("/consultant/rules/drafts/{id}/publish")
	String publish(@PathVariable UUID id, @RequestParam(defaultValue = "") String message,
			RedirectAttributes redirect) {
		try {
			RuleSetVersions.Outcome outcome = versions.publish(id, message);
			if (outcome.published()) {
				redirect.addFlashAttribute("done", "versions.done.published");
				redirect.addFlashAttribute("doneArgs", new Object[] { outcome.number() });
				return "redirect:/consultant/rules#done";
			}
			redirect.addFlashAttribute("refused", outcome.problems());
			return "redirect:/consultant/rules/drafts/" + id + "#publish-refused";
		}
		catch (RuleSetVersions.NoSuchDraft ex) {
			redirect.addFlashAttribute("done", "versions.done.gone");
			return "redirect:/consultant/rules#done";
		}
	}

}
