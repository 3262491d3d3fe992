package org.marketingadvisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.assessment.Assessment;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.questionnaire.AnswerType;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.ruleset.Problems;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionStore;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenarios written in the browser: running a draft's scenarios, writing a new one, or
 * pinning a stored report as one (its answers in, today's findings and recommendations
 * expected). Scenarios are files of the draft, so they are part of the version.
 */
@Service
class ScenarioAuthoring {

	static final String FILE = "rules/scenarios/rules/browser.yaml";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final VersionStore store;

	private final RuleSetVersions versions;

	private final AssessmentService assessments;

	ScenarioAuthoring(VersionStore store, RuleSetVersions versions, AssessmentService assessments) {
		this.store = store;
		this.versions = versions;
		this.assessments = assessments;
	}

	/** A scenario's outcome as the page shows it. */
	record Outcome(String id, String name, String file, boolean passed, List<Problem> failures) {
	}

	/**
	 * Every scenario's outcome and the draft's knowledge base, or why the draft's rules
	 * or scenarios cannot be read.
	 */
	record Overview(List<Outcome> outcomes, KnowledgeBase knowledgeBase, List<Problem> broken) {

		long failed() {
			return outcomes.stream().filter(o -> !o.passed()).count();
		}

	}

	/** A new scenario as typed: answers by question id, as text. */
	record NewScenario(String suffix, String name, String base, Map<String, String> answers, Map<String, Object> expect,
			Map<String, Object> absent) {
	}

	/** What was written (the scenario's id), or the message keys of what was wrong. */
	record Written(String id, List<String> problems) {

		static Written refused(String problem) {
			return new Written(null, List.of(problem));
		}

	}

	Overview overview(UUID draft) {
		Content content = store.content(draft);
		try {
			RuleSet ruleSet = content.build(1);
			List<Outcome> outcomes = new ArrayList<>();
			for (ScenarioRunner.Result r : ScenarioChecks.run(content, ruleSet)) {
				var s = r.scenario().scenario();
				outcomes.add(new Outcome(s.id(), s.name(), r.scenario().file(), r.passed(), r.failures()));
			}
			return new Overview(outcomes, ruleSet.knowledgeBase(), List.of());
		}
		catch (ScenarioLoader.InvalidScenarios ex) {
			return new Overview(List.of(), null, ex.problems());
		}
		catch (RuntimeException ex) {
			return new Overview(List.of(), null, Problems.of(ex));
		}
	}

	Written create(UUID draft, NewScenario form) {
		Drafts.openDraft(store, draft);
		KnowledgeBase kb = Drafts.knowledgeBase(store, draft);
		List<String> problems = new ArrayList<>();
		if (!form.suffix().matches(Drafts.ID_PATTERN)) {
			problems.add("scenarios.error.id");
		}
		Map<String, Object> answers = new LinkedHashMap<>();
		form.answers().forEach((q, v) -> {
			Optional<Question> question = kb.question(q);
			if (question.isEmpty()) {
				problems.add("scenarios.error.question");
			}
			else {
				answers.put(q, v.isEmpty() ? null : value(question.get(), v));
			}
		});
		if (!problems.isEmpty()) {
			return new Written(null, problems);
		}
		String id = "browser." + form.suffix();
		Map<String, Object> scenario = new LinkedHashMap<>();
		scenario.put("id", id);
		scenario.put("name", form.name().isBlank() ? id : form.name().strip());
		if (!form.base().isBlank()) {
			scenario.put("base", form.base());
		}
		scenario.put("answers", answers);
		scenario.put("expect", form.expect());
		scenario.put("absent", form.absent());
		append(draft, scenario);
		return new Written(id, List.of());
	}

	/**
	 * Pins a stored report (its link or token): its answers in, the draft's findings and
	 * recommendations out.
	 */
	Written pin(UUID draft, String report) {
		Drafts.openDraft(store, draft);
		String token = report.strip().replaceAll(".*/reports/", "").replaceAll("[?#.].*", "");
		Optional<Assessment> stored = assessments.findByToken(token).filter(Assessment::isSubmitted);
		if (stored.isEmpty()) {
			return Written.refused("scenarios.error.report");
		}
		RuleSet ruleSet = store.content(draft).build(1);
		JsonNode raw = assessments.answers(stored.get());
		@SuppressWarnings("unchecked")
		Map<String, Object> answers = JSON.treeToValue(raw, LinkedHashMap.class);
		AnswerValidator.Result valid = new AnswerValidator(ruleSet.knowledgeBase(), Lang.EN).validate(raw);
		if (!valid.valid()) {
			return Written.refused("scenarios.error.report-unfit");
		}
		Evaluation e = ruleSet.evaluate(valid.answers());
		String shortToken = token.substring(0, Math.min(8, token.length()));
		String id = "browser.report-" + shortToken.toLowerCase(Locale.ROOT);
		Map<String, Object> scenario = new LinkedHashMap<>();
		scenario.put("id", id);
		scenario.put("name", "Pinned report " + shortToken);
		scenario.put("answers", answers);
		scenario.put("expect", Map.of("findings", e.findings().stream().map(Evaluation.FindingResult::id).toList(),
				"recommendations", e.recommendations().stream().map(Evaluation.RecommendationResult::id).toList()));
		append(draft, scenario);
		return new Written(id, List.of());
	}

	private void append(UUID draft, Map<String, Object> scenario) {
		Content content = store.content(draft);
		String text = content.files().getOrDefault(FILE, "# Scenarios written or pinned in the browser.\nscenarios:\n");
		versions.saveDraftFile(draft, FILE, text.stripTrailing() + "\n" + Drafts.yamlListItem(scenario, 2));
	}

	/** A typed value as the questionnaire's JSON takes it. */
	static Object value(Question q, String v) {
		return AnswerType.of(q).fromText(v);
	}

}
