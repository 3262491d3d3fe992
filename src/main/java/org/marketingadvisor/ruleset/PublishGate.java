package org.marketingadvisor.ruleset;

import java.util.ArrayList;
import java.util.List;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.engine.RuleSet;
import org.springframework.stereotype.Component;

/**
 * What content must pass to go live: it builds (the knowledge base is valid, the rules
 * are safe and compile) and every {@link PublishCheck} finds nothing. The checks run in
 * their {@code @Order}: the linter's errors before the scenarios' failures.
 */
@Component
class PublishGate {

	private final List<PublishCheck> checks;

	PublishGate(List<PublishCheck> checks) {
		this.checks = List.copyOf(checks);
	}

	/** Every problem of built content, as every check reports it. */
	public List<Problem> problems(RuleSet built, Content content) {
		List<Problem> problems = new ArrayList<>();
		for (PublishCheck check : checks) {
			problems.addAll(check.problems(built, content));
		}
		return problems;
	}

	/**
	 * Every problem of the content, as file:line:column messages where known: why it does
	 * not build, or what the checks find.
	 */
	public List<Problem> check(Content content) {
		try {
			return problems(content.build(1), content);
		}
		catch (RuntimeException ex) {
			return Problems.of(ex);
		}
	}

}
