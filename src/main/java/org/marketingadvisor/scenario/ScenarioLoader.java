package org.marketingadvisor.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.SourceFile;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.knowledge.SourceFiles;
import org.marketingadvisor.knowledge.StrictYaml;

/**
 * Reads the scenario files under {@code rules/scenarios/}, strictly, and resolves their
 * bases.
 */
public final class ScenarioLoader {

	private ScenarioLoader() {
	}

	record ScenarioFile(List<Scenario> scenarios) {
	}

	/**
	 * A scenario with the file it comes from and its answers after applying its base
	 * chain.
	 */
	public record LoadedScenario(String file, Scenario scenario, Map<String, Object> answers) {
	}

	/** Scenario files that cannot be read, with every problem found. */
	public static final class InvalidScenarios extends IllegalArgumentException {

		private final transient List<Problem> problems;

		InvalidScenarios(List<Problem> problems) {
			super("Scenario files are invalid:\n  - " + String.join("\n  - ", Problem.english(problems)));
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}

	}

	public static boolean isScenarioFile(String path) {
		return Content.isScenarioFile(path);
	}

	public static List<LoadedScenario> load(Path rulesDir) {
		return load(SourceFiles.read(rulesDir, ScenarioLoader::isScenarioFile));
	}

	public static List<LoadedScenario> load(List<SourceFile> files) {
		List<Problem> problems = new ArrayList<>();
		Map<String, Scenario> byId = new LinkedHashMap<>();
		Map<String, String> fileOf = new LinkedHashMap<>();
		for (SourceFile file : files) {
			ScenarioFile parsed = StrictYaml.read(file, "rules/" + file.path(), ScenarioFile.class, problems);
			if (parsed == null) {
				continue;
			}
			if (parsed.scenarios() == null || parsed.scenarios().isEmpty()) {
				if (BrowserScenarios.FILE.equals("rules/" + file.path())) {
					// consultants may delete every scenario they wrote
					continue;
				}
				problems.add(Problem.in("rules/" + file.path(), "problem.scenario.none"));
				continue;
			}
			for (Scenario s : parsed.scenarios()) {
				if (s.id() == null || s.id().isBlank()) {
					problems.add(Problem.in("rules/" + file.path(), "problem.scenario.no-id"));
				}
				else if (byId.putIfAbsent(s.id(), s) != null) {
					problems.add(Problem.in("rules/" + file.path(), "problem.scenario.duplicate-id", s.id()));
				}
				else {
					fileOf.put(s.id(), "rules/" + file.path());
					ceilings(s, "rules/" + file.path(), problems);
				}
			}
		}
		List<LoadedScenario> loaded = new ArrayList<>();
		for (Scenario s : byId.values()) {
			try {
				loaded.add(new LoadedScenario(fileOf.get(s.id()), s, resolve(s, byId, new HashSet<>())));
			}
			catch (BadBase ex) {
				problems.add(Problem.in(fileOf.get(s.id()), "problem.scenario.failure", s.id(), ex.problem));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidScenarios(problems);
		}
		return loaded;
	}

	/**
	 * Ceilings are checked strictly: a misspelt severity would otherwise silently allow
	 * everything.
	 */
	private static void ceilings(Scenario s, String file, List<Problem> problems) {
		Scenario where = s;
		if (s.maxRecommendations() != null && s.maxRecommendations() < 0) {
			problems.add(Problem.in(file, "problem.scenario.failure", s.id(),
					Problem.phrase("problem.scenario.max-recommendations", String.valueOf(s.maxRecommendations()))));
		}
		check(file, where, "expect", "severities", s.expect().severities(), problems);
		check(file, where, "expect", "priorities", s.expect().priorities(), problems);
		check(file, where, "absent", "severities", s.absent().severities(), problems);
		check(file, where, "absent", "priorities", s.absent().priorities(), problems);
	}

	private static void check(String file, Scenario where, String part, String key, List<String> values,
			List<Problem> problems) {
		if (part.equals("expect") && !values.isEmpty()) {
			problems.add(Problem.in(file, "problem.scenario.failure", where.id(),
					Problem.phrase("problem.scenario.expect-ceiling", part + "." + key)));
			return;
		}
		for (String v : values) {
			if (!CEILING_SEVERITIES.contains(v)) {
				problems.add(Problem.in(file, "problem.scenario.failure", where.id(),
						Problem.phrase("problem.scenario.unknown-ceiling", part + "." + key, v,
								String.join(", ", CEILING_SEVERITIES))));
			}
		}
	}

	/** A base chain that loops or names an unknown scenario. */
	private static final class BadBase extends IllegalArgumentException {

		private final transient Problem problem;

		BadBase(Problem problem) {
			super(problem.englishText());
			this.problem = problem;
		}

	}

	private static final List<String> CEILING_SEVERITIES = List.of("critical", "high", "medium", "low");

	private static Map<String, Object> resolve(Scenario s, Map<String, Scenario> byId, Set<String> seen) {
		if (!seen.add(s.id())) {
			throw new BadBase(Problem.phrase("problem.scenario.base-loop", s.id()));
		}
		Map<String, Object> answers = new LinkedHashMap<>();
		if (s.base() != null) {
			Scenario base = byId.get(s.base());
			if (base == null) {
				throw new BadBase(Problem.phrase("problem.scenario.unknown-base", s.base()));
			}
			answers.putAll(resolve(base, byId, seen));
		}
		s.answers().forEach((question, value) -> {
			if (value == null) {
				answers.remove(question);
			}
			else {
				answers.put(question, value);
			}
		});
		return answers;
	}

}
