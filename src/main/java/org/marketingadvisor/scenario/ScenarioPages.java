package org.marketingadvisor.scenario;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.engine.RuleSetException;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.KnowledgeBaseException;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.VersionStore.Version;
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
 * The scenarios of a draft in the browser: a table of every scenario (grouped by what it
 * tests, filtered by group, result and words of its name) run against the draft's rules;
 * one scenario run on its own, with what came out; the coverage of the rules; pinning a
 * stored report as a scenario. Writing, editing and deleting is
 * {@link ScenarioFormPages}'.
 */
@Controller
class ScenarioPages {

	static final String VIEW = "authoring/scenarios";

	static final String FILE = ScenarioAuthoring.FILE;

	static final String BASE = "/consultant/rules/drafts/{id}/scenarios";

	private final VersionStore store;

	private final ScenarioAuthoring scenarios;

	private final Messages messages;

	private final RuleSentences sentences;

	ScenarioPages(VersionStore store, ScenarioAuthoring scenarios, Messages messages, RuleSentences sentences) {
		this.store = store;
		this.scenarios = scenarios;
		this.messages = messages;
		this.sentences = sentences;
	}

	@GetMapping(BASE)
	String page(@PathVariable UUID id, @RequestParam(required = false) String group,
			@RequestParam(required = false) String status, @RequestParam(required = false) String q,
			@RequestParam(required = false) String run, HttpServletRequest request, Model model) {
		Version draft = draft(id);
		Lang lang = LangLocaleResolver.current(request);
		model.addAttribute("draft", draft);
		ScenarioAuthoring.Overview overview = scenarios.overview(id, lang, "all".equals(run));
		if (!overview.broken().isEmpty()) {
			model.addAttribute("broken", overview.broken());
			return VIEW;
		}
		ScenarioViews views = views(overview, lang, sentences.of(id, lang));
		List<ScenarioViews.Group> groups = views.groups(overview);
		ScenarioViews.Filter filter = ScenarioViews.Filter.of(group, status, q);
		model.addAttribute("allGroups", groups);
		model.addAttribute("groups", ScenarioViews.filter(groups, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("total", overview.results().size());
		model.addAttribute("failed", overview.failed());
		model.addAttribute("uncovered", ScenarioViews.uncovered(overview).size());
		if ("all".equals(run)) {
			model.addAttribute("ranAll", overview.millis());
		}
		return VIEW;
	}

	/** One scenario run on its own: its result and everything that came out. */
	@GetMapping(BASE + "/run")
	String runOne(@PathVariable UUID id, @RequestParam String scenario, HttpServletRequest request, Model model) {
		Version draft = draft(id);
		Lang lang = LangLocaleResolver.current(request);
		ScenarioAuthoring.Overview overview;
		try {
			overview = scenarios.run(id, scenario, lang)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (ScenarioLoader.InvalidScenarios | RuleSetException | KnowledgeBaseException ex) {
			// the table says why the draft's rules or scenarios cannot run
			return "redirect:/consultant/rules/drafts/" + id + "/scenarios";
		}
		ScenarioRunner.Result result = overview.results().get(0);
		KnowledgeBase kb = overview.ruleSet().knowledgeBase();
		Map<String, String> words = sentences.of(id, lang);
		ScenarioViews views = views(overview, lang, words);
		model.addAttribute("draft", draft);
		model.addAttribute("sentences", words);
		model.addAttribute("millis", overview.millis());
		model.addAttribute("row", views.row(result, ScenarioFormPages.names(overview.loaded())));
		model.addAttribute("findings",
				result.evaluation() == null ? List.of()
						: result.evaluation()
							.findings()
							.stream()
							.map(f -> kb.finding(f.id()).map(d -> d.title().get(lang)).orElse(f.id()))
							.toList());
		model.addAttribute("recommendations",
				result.evaluation() == null ? List.of()
						: result.evaluation()
							.recommendations()
							.stream()
							.map(r -> kb.recommendation(r.id()).map(d -> d.title().get(lang)).orElse(r.id()))
							.toList());
		return "authoring/scenario-run";
	}

	/** Which rules each scenario fires, and the rules no scenario fires. */
	@GetMapping(BASE + "/coverage")
	String coverage(@PathVariable UUID id, HttpServletRequest request, Model model) {
		Version draft = draft(id);
		Lang lang = LangLocaleResolver.current(request);
		ScenarioAuthoring.Overview overview = scenarios.overview(id, lang);
		model.addAttribute("draft", draft);
		if (!overview.broken().isEmpty()) {
			model.addAttribute("broken", overview.broken());
			return "authoring/scenario-coverage";
		}
		Map<String, String> words = sentences.of(id, lang);
		ScenarioViews views = views(overview, lang, words);
		model.addAttribute("sentences", words);
		model.addAttribute("groups", views.groups(overview));
		model.addAttribute("uncovered", ScenarioViews.uncovered(overview));
		model.addAttribute("rules", overview.ruleSet().ruleNames().size());
		return "authoring/scenario-coverage";
	}

	/**
	 * Pins a stored report: its answers in, the draft's findings and recommendations out.
	 */
	@PostMapping(BASE + "/pin")
	String pin(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
		ScenarioEditing.Saved saved = scenarios.pin(id, FormFields.param(request, "report"));
		if (saved.done()) {
			redirect.addFlashAttribute("created", saved.id());
		}
		else {
			redirect.addFlashAttribute("problems", saved.errors());
		}
		return "redirect:/consultant/rules/drafts/" + id + "/scenarios";
	}

	private ScenarioViews views(ScenarioAuthoring.Overview overview, Lang lang, Map<String, String> sentences) {
		return new ScenarioViews(overview.ruleSet().knowledgeBase(), lang, messages, sentences);
	}

	private Version draft(UUID id) {
		return store.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
