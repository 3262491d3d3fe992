package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.marketingadvisor.engine.DrlRule;
import org.marketingadvisor.engine.RuleSafety;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.scenario.ScenarioLoader;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;

/**
 * What uses a question in a draft: the rules that test it (with the answer values they
 * name), the scenarios that answer it themselves (with their answer), the number of
 * stored assessments that answered it, and the questions shown only after it.
 *
 * @param stored submitted assessments whose answers name the question, counted up to
 * {@value #STORED_COUNTED} and one
 * @param scenariosReadable false when the draft's scenario files do not load (nothing can
 * be said about them then)
 */
record QuestionUsage(List<RuleUse> rules, List<ScenarioUse> scenarios, long stored, List<Question> dependents,
		boolean scenariosReadable) {

	/** Stored answers are counted up to this many (beyond, "1000+"). */
	static final int STORED_COUNTED = 1000;

	/** The count of stored answers as a page shows it. */
	public Object storedShown() {
		return stored > STORED_COUNTED ? STORED_COUNTED + "+" : stored;
	}

	/** A rule that tests the question, and the values it compares the answer with. */
	record RuleUse(String name, Set<String> values) {
	}

	/** A scenario's own answer to the question (null: it hides a base's answer). */
	record ScenarioUse(String file, String id, Object value) {

		boolean names(String option) {
			return value instanceof Collection<?> c ? c.contains(option) : option.equals(String.valueOf(value));
		}

	}

	static QuestionUsage of(Content content, KnowledgeBase kb, String questionId, long stored) {
		List<RuleUse> rules = new ArrayList<>();
		for (DrlRule rule : RuleSafety.read(content.ruleFiles()).rules()) {
			Set<String> values = new LinkedHashSet<>();
			boolean tests = false;
			for (DrlRule.Pattern p : rule.patterns()) {
				if (p.type().equals("Answer") && p.equalTo("question").filter(questionId::equals).isPresent()) {
					tests = true;
					p.constraints()
						.stream()
						.filter(c -> c.field().equals("value"))
						.forEach(c -> c.values()
							.stream()
							.filter(DrlRule.Value::isString)
							.forEach(v -> values.add(v.text())));
				}
			}
			if (tests) {
				rules.add(new RuleUse(rule.name(), values));
			}
		}
		List<ScenarioUse> scenarios = new ArrayList<>();
		boolean readable = true;
		try {
			for (LoadedScenario s : ScenarioLoader.load(content.scenarioFiles())) {
				if (s.scenario().answers().containsKey(questionId)) {
					scenarios.add(new ScenarioUse(s.file(), s.scenario().id(), s.scenario().answers().get(questionId)));
				}
			}
		}
		catch (ScenarioLoader.InvalidScenarios ex) {
			readable = false;
		}
		List<Question> dependents = kb.questions()
			.stream()
			.filter(q -> q.condition() != null && questionId.equals(q.condition().question()))
			.toList();
		return new QuestionUsage(rules, scenarios, stored, dependents, readable);
	}

	/** The rules that name an option (or yes / no) of the question. */
	List<String> rulesNaming(String value) {
		return rules.stream().filter(r -> r.values().contains(value)).map(RuleUse::name).toList();
	}

	/** The scenarios whose own answer names an option (or yes / no). */
	List<ScenarioUse> scenariosNaming(String value) {
		return scenarios.stream().filter(s -> s.value() != null && s.names(value)).toList();
	}

	/** Scenarios that give an answer of their own (not the null that hides a base's). */
	public List<ScenarioUse> answering() {
		return scenarios.stream().filter(s -> s.value() != null).toList();
	}

}
