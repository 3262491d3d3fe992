package org.marketingadvisor.lint;

import java.util.List;

import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.PublishCheck;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The linter's errors (exact and quick) keep content from going live; warnings never do.
 */
@Component
@Order(1)
class LintCheck implements PublishCheck {

	@Override
	public List<Problem> problems(RuleSet built, Content content) {
		return RuleLinter.errors(built, content);
	}

}
