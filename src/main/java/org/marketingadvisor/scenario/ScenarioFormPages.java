package org.marketingadvisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.marketingadvisor.web.FormError;
import org.marketingadvisor.web.FormFields;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.Messages;
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
 * Writing a scenario (new, an edit of one written in the browser, or a copy of any), and
 * deleting one after a confirmation, with a way back. The form works without a script:
 * each answer row draws the control of its question (options by their labels, yes or no,
 * a number within the question's range), and "Update" draws the control of a question
 * just chosen; the script draws it at once.
 */
@Controller
class ScenarioFormPages {

	static final String VIEW = "authoring/scenario-form";

	private static final String BASE = ScenarioPages.BASE;

	private final VersionStore store;

	private final ScenarioAuthoring scenarios;

	private final ScenarioEditing editing;

	private final DraftRuleSets ruleSets;

	private final Messages messages;

	ScenarioFormPages(VersionStore store, ScenarioAuthoring scenarios, ScenarioEditing editing, DraftRuleSets ruleSets,
			Messages messages) {
		this.store = store;
		this.scenarios = scenarios;
		this.editing = editing;
		this.ruleSets = ruleSets;
		this.messages = messages;
	}

	@GetMapping(BASE + "/new")
	String newForm(@PathVariable UUID id, HttpServletRequest request, Model model) {
		Drafts.openDraft(store, id);
		return page(model, request, id, ScenarioForm.blank("well-run-company"), Map.of(), List.of());
	}

	@GetMapping(BASE + "/edit")
	String edit(@PathVariable UUID id, @RequestParam String scenario, HttpServletRequest request, Model model) {
		LoadedScenario s = scenario(id, scenario);
		if (!BrowserScenarios.editable(s.file())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return page(model, request, id,
				ScenarioForm.of(s.scenario(), true, kb(id), LangLocaleResolver.current(request)), Map.of(), List.of());
	}

	@GetMapping(BASE + "/duplicate")
	String duplicate(@PathVariable UUID id, @RequestParam String scenario, HttpServletRequest request, Model model) {
		LoadedScenario s = scenario(id, scenario);
		Lang lang = LangLocaleResolver.current(request);
		ScenarioForm copy = ScenarioForm.of(s.scenario(), false, kb(id), lang);
		// the copy's name in each language is saved from its source's (ScenarioEditing)
		copy = new ScenarioForm("", copy.from(), "", ScenarioEditing.copyName(s.scenario(), messages, lang).in(lang),
				copy.base(), copy.rows(), copy.expect(), copy.absent());
		return page(model, request, id, copy, Map.of(), List.of());
	}

	/**
	 * The form posted: saved (then the table, at the scenario's row), or shown again as
	 * typed, with each error beside its field; "update" and "more rows" only show it
	 * again, as does switching the page's language.
	 */
	@PostMapping({ BASE, BASE + "/save", BASE + "/new", BASE + "/edit", BASE + "/duplicate" })
	String save(@PathVariable UUID id, @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Drafts.openDraft(store, id);
		ScenarioForm form = ScenarioForm.read(request);
		if (action.equals("more")) {
			return page(model, request, id, form.withEmptyRows(), Map.of(), List.of());
		}
		if (action.matches("remove-[0-9]{1,3}")) {
			int at = Integer.parseInt(action.substring("remove-".length()));
			List<ScenarioForm.Row> rows = new ArrayList<>(form.rows());
			if (at < rows.size()) {
				rows.remove(at);
			}
			return page(model, request, id, form.withRows(rows), Map.of(), List.of());
		}
		if (!action.equals("save")) {
			// "update" (a question chosen without the script) or the language switched
			return page(model, request, id, form.withRows(shown(form.rows())), Map.of(), List.of());
		}
		ScenarioEditing.Saved saved = editing.save(id, form, LangLocaleResolver.current(request));
		if (!saved.done()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, request, id, form.withRows(shown(form.rows())), saved.fieldErrors(), saved.errors());
		}
		redirect.addFlashAttribute(form.isNew() ? "created" : "saved", saved.id());
		// the table of the scenarios written here, where the saved one is: the whole
		// table (all groups) is a link away and takes several times as long to show
		return "redirect:/consultant/rules/drafts/" + id + "/scenarios?group=" + ScenarioViews.BROWSER_GROUP
				+ "#scenario-" + saved.id();
	}

	@GetMapping(BASE + "/delete")
	String confirmDelete(@PathVariable UUID id, @RequestParam String scenario, HttpServletRequest request,
			Model model) {
		LoadedScenario s = scenario(id, scenario);
		if (!BrowserScenarios.editable(s.file())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("draft", Drafts.openDraft(store, id));
		model.addAttribute("scenario", s.scenario());
		model.addAttribute("name", ScenarioViews.name(s.scenario(), LangLocaleResolver.current(request)));
		return "authoring/scenario-delete";
	}

	@PostMapping(BASE + "/delete")
	String delete(@PathVariable UUID id, @RequestParam String scenario, HttpServletRequest request,
			RedirectAttributes redirect) {
		Lang lang = LangLocaleResolver.current(request);
		String name = ScenarioViews.name(scenario(id, scenario).scenario(), lang);
		ScenarioEditing.Deleted deleted = editing.delete(id, scenario, lang);
		if (deleted.refusal() != null) {
			redirect.addFlashAttribute("problems",
					List.of(FormError.of(deleted.refusal(), name, String.join("; ", deleted.usedBy()))));
		}
		else {
			redirect.addFlashAttribute("deleted", name);
			redirect.addFlashAttribute("restore", deleted.entry());
		}
		return "redirect:/consultant/rules/drafts/" + id + "/scenarios";
	}

	@PostMapping(BASE + "/restore")
	String restore(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
		ScenarioEditing.Saved saved = editing.restore(id, FormFields.param(request, "entry"));
		if (saved.done()) {
			redirect.addFlashAttribute("restored", saved.id());
			return "redirect:/consultant/rules/drafts/" + id + "/scenarios#scenario-" + saved.id();
		}
		redirect.addFlashAttribute("problems", saved.errors());
		return "redirect:/consultant/rules/drafts/" + id + "/scenarios";
	}

	/** Rows with their controls drawn for the question now chosen. */
	private static List<ScenarioForm.Row> shown(List<ScenarioForm.Row> rows) {
		List<ScenarioForm.Row> out = new ArrayList<>();
		for (ScenarioForm.Row r : rows) {
			boolean changed = !r.question().equals(r.shownFor());
			out.add(new ScenarioForm.Row(r.question(), changed ? List.of() : r.values(), r.question()));
		}
		return out;
	}

	private String page(Model model, HttpServletRequest request, UUID id, ScenarioForm form,
			Map<String, List<FormError>> fieldErrors, List<FormError> errors) {
		Lang lang = LangLocaleResolver.current(request);
		var content = store.content(id);
		var ruleSet = ruleSets.build(content);
		List<LoadedScenario> loaded = ScenarioLoader.load(content.scenarioFiles());
		model.addAttribute("draft", Drafts.openDraft(store, id));
		model.addAttribute("form", form);
		model.addAttribute("fieldErrors", fieldErrors);
		model.addAttribute("errors", errors);
		ScenarioFormView.fill(model, form, ruleSet, loaded, lang, messages);
		return VIEW;
	}

	private KnowledgeBase kb(UUID id) {
		return ruleSets.build(store.content(id)).knowledgeBase();
	}

	private LoadedScenario scenario(UUID id, String scenario) {
		Drafts.openDraft(store, id);
		return ScenarioLoader.load(store.content(id).scenarioFiles())
			.stream()
			.filter(s -> s.scenario().id().equals(scenario))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Every scenario, by id (for the names of bases). */
	static Map<String, Scenario> names(List<LoadedScenario> loaded) {
		Map<String, Scenario> names = new LinkedHashMap<>();
		loaded.forEach(l -> names.put(l.scenario().id(), l.scenario()));
		return names;
	}

}
