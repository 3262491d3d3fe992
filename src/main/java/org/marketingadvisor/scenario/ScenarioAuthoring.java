package org.marketingadvisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.marketingadvisor.assessment.Assessment;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.ruleset.Problems;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.marketingadvisor.web.Messages;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenarios of a draft in the browser: running them against the draft's rules (built once
 * per rule change, see {@link DraftRuleSets}), and writing the browser's scenario file
 * with a check of the scenarios only, since a scenario changes no rule. Pinning a stored
 * report as a scenario is here; writing and deleting one is {@link ScenarioEditing}'s.
 */
@Service
class ScenarioAuthoring {

	static final String FILE = BrowserScenarios.FILE;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final VersionStore store;

	private final RuleSetVersions versions;

	private final AssessmentService assessments;

	private final DraftRuleSets ruleSets;

	private final ScenarioResults results;

	private final Messages messages;

	ScenarioAuthoring(VersionStore store, RuleSetVersions versions, AssessmentService assessments,
			DraftRuleSets ruleSets, ScenarioResults results, Messages messages) {
		this.store = store;
		this.versions = versions;
		this.assessments = assessments;
		this.ruleSets = ruleSets;
		this.results = results;
		this.messages = messages;
	}

	/**
	 * Every scenario's result with the draft's rule set and the scenarios as loaded, or
	 * why the draft's rules or scenarios cannot be read; {@code millis} is how long the
	 * run took.
	 */
	record Overview(List<ScenarioRunner.Result> results, RuleSet ruleSet, List<LoadedScenario> loaded,
			List<Problem> broken, long millis) {

		long failed() {
			return results.stream().filter(r -> !r.passed()).count();
		}

		Optional<ScenarioRunner.Result> result(String id) {
			return results.stream().filter(r -> r.scenario().scenario().id().equals(id)).findFirst();
		}

	}

	/** The draft's scenarios, each run; failures name questions in {@code lang}. */
	Overview overview(UUID draft, Lang lang) {
		return overview(draft, lang, false);
	}

	/**
	 * The draft's scenarios, each run; failures name questions in {@code lang}; results
	 * known for the same rules and scenario are reused unless {@code fresh}.
	 */
	Overview overview(UUID draft, Lang lang, boolean fresh) {
		Content content = store.content(draft);
		long start = System.nanoTime();
		try {
			RuleSet ruleSet = ruleSets.build(content);
			List<LoadedScenario> loaded = ScenarioLoader.load(content.scenarioFiles());
			List<ScenarioRunner.Result> results = this.results.run(ruleSet, loaded, lang, fresh);
			if (lang != Lang.EN) {
				// the draft's check words its problems in English: known before the next
				// save
				CompletableFuture.runAsync(() -> this.results.run(ruleSet, loaded, Lang.EN, false));
			}
			return new Overview(results, ruleSet, loaded, List.of(), (System.nanoTime() - start) / 1_000_000);
		}
		catch (ScenarioLoader.InvalidScenarios ex) {
			return new Overview(List.of(), null, List.of(), ex.problems(), 0);
		}
		catch (RuntimeException ex) {
			return new Overview(List.of(), null, List.of(), Problems.of(ex), 0);
		}
	}

	/**
	 * One scenario run on its own, with the draft's rule set (the overview holds its one
	 * result); empty when there is no such scenario.
	 */
	Optional<Overview> run(UUID draft, String id, Lang lang) {
		Content content = store.content(draft);
		long start = System.nanoTime();
		RuleSet ruleSet = ruleSets.build(content);
		List<LoadedScenario> loaded = ScenarioLoader.load(content.scenarioFiles());
		return loaded.stream()
			.filter(s -> s.scenario().id().equals(id))
			.findFirst()
			.map(new ScenarioRunner(ruleSet, lang)::run)
			.map(r -> new Overview(List.of(r), ruleSet, loaded, List.of(), (System.nanoTime() - start) / 1_000_000));
	}

	/**
	 * Writes the browser's scenario file: the draft's problems are found again for the
	 * scenarios only, against the rule set built once for the draft's rules (the rules'
	 * and the linter's problems stay as they were); when the rules do not build, the
	 * whole draft is checked.
	 */
	List<Problem> write(UUID draft, BrowserScenarios file) {
		List<Problem> before = store.byId(draft).orElseThrow().problems();
		return versions.saveDraftFiles(draft, Map.of(FILE, file.text()), updated -> check(updated, before));
	}

	private List<Problem> check(Content updated, List<Problem> before) {
		RuleSet built;
		try {
			built = ruleSets.build(updated);
		}
		catch (RuntimeException ex) {
			// the rules do not build: the whole check says why
			return versions.check(updated);
		}
		// the rules and the knowledge base are those the stored problems were found for
		List<Problem> problems = new ArrayList<>(before.stream().filter(p -> !aboutScenarios(p)).toList());
		try {
			problems.addAll(results.failures(built, ScenarioLoader.load(updated.scenarioFiles())));
		}
		catch (ScenarioLoader.InvalidScenarios ex) {
			problems.addAll(ex.problems());
		}
		return problems;
	}

	/** Whether a problem is one the scenario check reports (in a scenario file). */
	static boolean aboutScenarios(Problem p) {
		return p.file() != null && p.file().startsWith(Content.RULES)
				&& Content.isScenarioFile(p.file().substring(Content.RULES.length()));
	}

	/** The browser's scenario file of the draft as it is now. */
	BrowserScenarios file(UUID draft) {
		return BrowserScenarios.read(store.content(draft).files().get(FILE));
	}

	/**
	 * Pins a stored report (its link or token): its answers in, the draft's findings and
	 * recommendations out. Returns the new scenario's id, or the message key of what was
	 * wrong.
	 */
	ScenarioEditing.Saved pin(UUID draft, String report) {
		Drafts.openDraft(store, draft);
		String token = report.strip().replaceAll(".*/reports/", "").replaceAll("[?#.].*", "");
		Optional<Assessment> stored = assessments.findByToken(token).filter(Assessment::isSubmitted);
		if (stored.isEmpty()) {
			return ScenarioEditing.Saved.refused("scenarios.error.report");
		}
		Content content = store.content(draft);
		RuleSet ruleSet = ruleSets.build(content);
		JsonNode raw = assessments.answers(stored.get());
		@SuppressWarnings("unchecked")
		Map<String, Object> answers = JSON.treeToValue(raw, LinkedHashMap.class);
		AnswerValidator.Result valid = new AnswerValidator(ruleSet.knowledgeBase(), Lang.EN).validate(raw);
		if (!valid.valid()) {
			return ScenarioEditing.Saved.refused("scenarios.error.report-unfit");
		}
		Evaluation e = ruleSet.evaluate(valid.answers());
		String shortToken = token.substring(0, Math.min(8, token.length()));
		BrowserScenarios file = file(draft);
		String id = ScenarioIds.free(BrowserScenarios.PREFIX + "report-" + shortToken.toLowerCase(Locale.ROOT),
				ScenarioIds.taken(content));
		Map<String, Object> scenario = new LinkedHashMap<>();
		scenario.put("id", id);
		// written by the system, not typed: named in every language
		Map<Lang, String> name = new java.util.EnumMap<>(Lang.class);
		for (Lang lang : Lang.values()) {
			name.put(lang, messages.get(lang, "scenarios.pinned-name", shortToken));
		}
		scenario.put("name", ScenarioText.of(name).value());
		scenario.put("answers", answers);
		scenario.put("expect", Map.of("findings", e.findings().stream().map(Evaluation.FindingResult::id).toList(),
				"recommendations", e.recommendations().stream().map(Evaluation.RecommendationResult::id).toList()));
		write(draft, file.with(scenario));
		return ScenarioEditing.Saved.done(id);
	}

}
