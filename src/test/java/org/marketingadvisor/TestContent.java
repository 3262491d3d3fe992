package org.marketingadvisor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.engine.RuleSetLoader;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.marketingadvisor.knowledge.SourceFile;
import org.marketingadvisor.knowledge.SourceFiles;

/** The project's real content folders, shared by tests (compiled once per test JVM). */
public final class TestContent {

	public static final Path RULES = Path.of("rules");

	public static final Path KNOWLEDGE_BASE = Path.of("knowledge-base");

	private static RuleSet ruleSet;

	private TestContent() {
	}

	public static synchronized RuleSet ruleSet() {
		if (ruleSet == null) {
			ruleSet = RuleSetLoader.load(RULES, KNOWLEDGE_BASE, 2);
		}
		return ruleSet;
	}

	public static List<SourceFile> knowledgeBaseFiles() {
		return new ArrayList<>(SourceFiles.read(KNOWLEDGE_BASE, KnowledgeBaseLoader::isContentFile));
	}

	public static List<SourceFile> ruleFiles() {
		return new ArrayList<>(SourceFiles.read(RULES, RuleSetLoader::isRuleFile));
	}

	/** A copy of the files with one file's text replaced. */
	public static List<SourceFile> replace(List<SourceFile> files, String path, String text) {
		List<SourceFile> copy = new ArrayList<>();
		for (SourceFile f : files) {
			copy.add(f.path().equals(path)
					? new SourceFile(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) : f);
		}
		return copy;
	}

	/** The raw answers of a scenario of rules/scenarios/, by its id (bases resolved). */
	public static java.util.Map<String, Object> scenarioAnswers(String scenario) {
		return org.marketingadvisor.scenario.ScenarioLoader.load(RULES)
			.stream()
			.filter(s -> s.scenario().id().equals(scenario))
			.findFirst()
			.orElseThrow()
			.answers();
	}

	/** The answers of a whole-company scenario, validated against a knowledge base. */
	public static org.marketingadvisor.engine.Answers companyAnswers(org.marketingadvisor.knowledge.KnowledgeBase kb,
			String scenario) {
		return new org.marketingadvisor.questionnaire.AnswerValidator(kb, org.marketingadvisor.knowledge.Lang.EN)
			.validate(tools.jackson.databind.json.JsonMapper.builder().build().valueToTree(scenarioAnswers(scenario)))
			.answers();
	}

	/**
	 * A request body {"lang": lang, "answers": ...} for each whole-company scenario of
	 * rules/scenarios/companies/, as the evaluation and submission APIs take them.
	 */
	public static List<String> companyRequestBodies(String lang) {
		var json = tools.jackson.databind.json.JsonMapper.builder().build();
		List<String> bodies = org.marketingadvisor.scenario.ScenarioLoader.load(RULES)
			.stream()
			.filter(s -> s.file().contains("/scenarios/companies/"))
			.map(s -> json.writeValueAsString(java.util.Map.of("lang", lang, "answers", s.answers())))
			.toList();
		if (bodies.isEmpty()) {
			throw new IllegalStateException("no company scenarios found under rules/scenarios/companies");
		}
		return bodies;
	}

	public static String text(List<SourceFile> files, String path) {
		return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().text();
	}

}
