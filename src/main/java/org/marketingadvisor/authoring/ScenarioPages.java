package org.marketingadvisor.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.assessment.Assessment;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.authoring.Forms.Choice;
import org.marketingadvisor.authoring.VersionStore.Version;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.web.LangLocaleResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenario tests in the browser: run every scenario of a draft against the draft's rules
 * (expected versus actual for each failure); write a new one (a base company, answers
 * changed, what must and must not come out); or pin a stored report as a scenario, its
 * answers in and today's findings and recommendations expected. Scenarios are files of
 * the draft, so they are part of the version.
 */
@Controller
class ScenarioPages {

	static final String VIEW = "authoring/scenarios";

	static final String FILE = "rules/scenarios/rules/browser.yaml";

	static final int ANSWER_ROWS = 6;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final VersionStore store;

	private final RuleSetVersions versions;

	private final AssessmentService assessments;

	ScenarioPages(VersionStore store, RuleSetVersions versions, AssessmentService assessments) {
		this.store = store;
		this.versions = versions;
		this.assessments = assessments;
	}

	/** A scenario's outcome as the page shows it. */
	record Outcome(String id, String name, String file, boolean passed, List<String> failures) {
	}

	@GetMapping("/consultant/rules/drafts/{id}/scenarios")
	String page(@PathVariable UUID id, HttpServletRequest request, Model model) {
		Version draft = store.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Lang lang = LangLocaleResolver.current(request);
		Content content = store.content(id);
		model.addAttribute("draft", draft);
		try {
			RuleSet ruleSet = content.build(1);
			List<Outcome> outcomes = new ArrayList<>();
			List<String> bases = new ArrayList<>();
			for (ScenarioRunner.Result r : ScenarioChecks.run(content, ruleSet)) {
				var s = r.scenario().scenario();
				outcomes.add(new Outcome(s.id(), s.name(), r.scenario().file(), r.passed(), r.failures()));
				bases.add(s.id());
			}
			model.addAttribute("outcomes", outcomes);
			model.addAttribute("failed", outcomes.stream().filter(o -> !o.passed()).count());
			model.addAttribute("bases", bases);
			KnowledgeBase kb = ruleSet.knowledgeBase();
			model.addAttribute("questions",
					kb.questions().stream().map(q -> new Choice(q.id(), q.text().get(lang))).toList());
			model.addAttribute("findings",
					kb.findings().stream().map(f -> new Choice(f.id(), f.title().get(lang))).toList());
			model.addAttribute("recommendations",
					kb.recommendations().stream().map(r -> new Choice(r.id(), r.title().get(lang))).toList());
			model.addAttribute("rows", ANSWER_ROWS);
		}
		catch (RuntimeException ex) {
			model.addAttribute("broken", RuleSetVersions.problemsOf(ex));
		}
		return VIEW;
	}

	@PostMapping("/consultant/rules/drafts/{id}/scenarios")
	String create(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
		Forms.openDraft(store, id);
		Content content = store.content(id);
		KnowledgeBase kb = Forms.knowledgeBase(store, id);
		String suffix = Forms.param(request, "id").strip();
		List<String> problems = new ArrayList<>();
		if (!suffix.matches(Forms.ID_PATTERN)) {
			problems.add("scenarios.error.id");
		}
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < ANSWER_ROWS; i++) {
			String q = Forms.param(request, "q" + i);
			String v = Forms.param(request, "v" + i).strip();
			if (q.isBlank()) {
				continue;
			}
			Optional<Question> question = kb.question(q);
			if (question.isEmpty()) {
				problems.add("scenarios.error.question");
				continue;
			}
			answers.put(q, v.isEmpty() ? null : value(question.get(), v));
		}
		Map<String, Object> scenario = new LinkedHashMap<>();
		scenario.put("id", "browser." + suffix);
		scenario.put("name",
				Forms.param(request, "name").isBlank() ? "browser." + suffix : Forms.param(request, "name").strip());
		if (!Forms.param(request, "base").isBlank()) {
			scenario.put("base", Forms.param(request, "base"));
		}
		scenario.put("answers", answers);
		scenario.put("expect", expectation(request, "expect"));
		scenario.put("absent", expectation(request, "absent"));
		if (!problems.isEmpty()) {
			redirect.addFlashAttribute("problems", problems);
			return "redirect:/consultant/rules/drafts/" + id + "/scenarios";
		}
		append(id, content, scenario);
		redirect.addFlashAttribute("created", "browser." + suffix);
		return "redirect:/consultant/rules/drafts/" + id + "/scenarios";
	}

	/**
	 * Pins a stored report: its answers in, the draft's findings and recommendations out.
	 */
	@PostMapping("/consultant/rules/drafts/{id}/scenarios/pin")
	String pin(@PathVariable UUID id, HttpServletRequest request, RedirectAttributes redirect) {
		Forms.openDraft(store, id);
		String token = Forms.param(request, "report").strip().replaceAll(".*/reports/", "").replaceAll("[?#.].*", "");
		Optional<Assessment> report = assessments.findByToken(token).filter(Assessment::isSubmitted);
		if (report.isEmpty()) {
			redirect.addFlashAttribute("problems", List.of("scenarios.error.report"));
			return "redirect:/consultant/rules/drafts/" + id + "/scenarios";
		}
		Content content = store.content(id);
		RuleSet ruleSet = content.build(1);
		JsonNode raw = assessments.answers(report.get());
		@SuppressWarnings("unchecked")
		Map<String, Object> answers = JSON.treeToValue(raw, LinkedHashMap.class);
		AnswerValidator.Result valid = new AnswerValidator(ruleSet.knowledgeBase(), Lang.EN).validate(raw);
		if (!valid.valid()) {
			redirect.addFlashAttribute("problems", List.of("scenarios.error.report-unfit"));
			return "redirect:/consultant/rules/drafts/" + id + "/scenarios";
		}
		Evaluation e = ruleSet.evaluate(valid.answers());
		String scenarioId = "browser.report-" + token.substring(0, Math.min(8, token.length())).toLowerCase();
		Map<String, Object> scenario = new LinkedHashMap<>();
		scenario.put("id", scenarioId);
		scenario.put("name", "Pinned report " + token.substring(0, Math.min(8, token.length())));
		scenario.put("answers", answers);
		scenario.put("expect", Map.of("findings", e.findings().stream().map(Evaluation.FindingResult::id).toList(),
				"recommendations", e.recommendations().stream().map(Evaluation.RecommendationResult::id).toList()));
		append(id, content, scenario);
		redirect.addFlashAttribute("created", scenarioId);
		return "redirect:/consultant/rules/drafts/" + id + "/scenarios";
	}

	private void append(UUID id, Content content, Map<String, Object> scenario) {
		String text = content.files().getOrDefault(FILE, "# Scenarios written or pinned in the browser.\nscenarios:\n");
		versions.saveDraftFile(id, FILE, text.stripTrailing() + "\n" + Forms.yamlListItem(scenario, 2));
	}

	private static Map<String, Object> expectation(HttpServletRequest request, String prefix) {
		Map<String, Object> e = new LinkedHashMap<>();
		List<String> findings = Forms.values(request, prefix + ".findings");
		List<String> recs = Forms.values(request, prefix + ".recommendations");
		if (!findings.isEmpty()) {
			e.put("findings", findings);
		}
		if (!recs.isEmpty()) {
			e.put("recommendations", recs);
		}
		return e;
	}

	/** A typed value as the questionnaire's JSON takes it. */
	static Object value(Question q, String v) {
		if (q.type() == QuestionType.YES_NO) {
			// the same tokens the form's help names, in any language of the page
			return switch (v.toLowerCase(java.util.Locale.ROOT)) {
				case "yes", "true" -> true;
				case "no", "false" -> false;
				default -> v;
			};
		}
		if (q.type() == QuestionType.MULTIPLE) {
			return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
		if (q.type() == QuestionType.NUMBER || q.type() == QuestionType.SCALE) {
			try {
				double d = Double.parseDouble(v.replace(',', '.'));
				return d == Math.rint(d) ? (Object) (long) d : (Object) d;
			}
			catch (NumberFormatException ex) {
				return v;
			}
		}
		return v;
	}

}
