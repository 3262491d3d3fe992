package org.marketingadvisor.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.marketingadvisor.web.FormFields;
import org.marketingadvisor.web.FormFields.Choice;
import org.marketingadvisor.web.LangLocaleResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scenario tests in the browser: run every scenario of a draft against the draft's rules
 * (expected versus actual for each failure); write a new one (a base company, answers
 * changed, what must and must not come out); or pin a stored report as a scenario. The
 * work is {@link ScenarioAuthoring}'s; this reads the forms and fills the page.
 */
@Controller
class ScenarioPages {

	static final String VIEW = "authoring/scenarios";

	static final String FILE = ScenarioAuthoring.FILE;

	static final int ANSWER_ROWS = 6;

	private final VersionStore store;

	private final ScenarioAuthoring scenarios;

	ScenarioPages(VersionStore store, ScenarioAuthoring scenarios) {
		this.store = store;
		this.scenarios = scenarios;
	}

	@GetMapping("/consultant/rules/drafts/{id}/scenarios")
	String page(@PathVariable UUID id, HttpServletRequest request, Model model) {
		Version draft = store.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Lang lang = LangLocaleResolver.current(request);
		model.addAttribute("draft", draft);
		ScenarioAuthoring.Overview overview = scenarios.overview(id);
		if (!overview.broken().isEmpty()) {
			model.addAttribute("broken", overview.broken());
			return VIEW;
		}
		model.addAttribute("outcomes", overview.outcomes());
		model.addAttribute("failed", overview.failed());
		model.addAttribute("bases", overview.outcomes().stream().map(ScenarioAuthoring.Outcome::id).toList());
		KnowledgeBase kb = overview.knowledgeBase();
		model.addAttribute("questions",
				kb.questions().stream().map(q -> new Choice(q.id(), q.text().get(lang))).toList());
		model.addAttribute("findings",
				kb.findings().stream().map(f -> new Choice(f.id(), f.title().get(lang))).toList());
		model.addAttribute("recommendations",
				kb.recommendations().stream().map(r -> new Choice(r.id(), r.title().get(lang))).toList());
		model.addAttribute("rows", ANSWER_ROWS);
		return VIEW;
	}

	@PostMapping("/consultant/rules/drafts/{id}/scenarios")
	String create(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (int i = 0; i < ANSWER_ROWS; i++) {
			String q = FormFields.param(request, "q" + i);
			if (!q.isBlank()) {
				answers.put(q, FormFields.param(request, "v" + i).strip());
			}
		}
		var form = new ScenarioAuthoring.NewScenario(FormFields.param(request, "id").strip(),
				FormFields.param(request, "name"), FormFields.param(request, "base"), answers,
				expectation(request, "expect"), expectation(request, "absent"));
		return done(id, scenarios.create(id, form), redirect);
	}

	/**
	 * Pins a stored report: its answers in, the draft's findings and recommendations out.
	 */
	@PostMapping("/consultant/rules/drafts/{id}/scenarios/pin")
	String pin(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
		return done(id, scenarios.pin(id, FormFields.param(request, "report")), redirect);
	}

	private static String done(UUID id, ScenarioAuthoring.Written written, RedirectAttributes redirect) {
		if (written.problems().isEmpty()) {
			redirect.addFlashAttribute("created", written.id());
		}
		else {
			redirect.addFlashAttribute("problems", written.problems());
		}
		return "redirect:/consultant/rules/drafts/" + id + "/scenarios";
	}

	private static Map<String, Object> expectation(HttpServletRequest request, String prefix) {
		Map<String, Object> e = new LinkedHashMap<>();
		List<String> findings = FormFields.values(request, prefix + ".findings");
		List<String> recs = FormFields.values(request, prefix + ".recommendations");
		if (!findings.isEmpty()) {
			e.put("findings", findings);
		}
		if (!recs.isEmpty()) {
			e.put("recommendations", recs);
		}
		return e;
	}

}
