package org.marketingadvisor.scenario;

import java.util.List;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.PublishCheck;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A version whose own scenarios fail does not go live. */
@Component
@Order(2)
class ScenarioGate implements PublishCheck {

	@Override
	public List<Problem> problems(RuleSet built, Content content) {
		return ScenarioChecks.failures(content, built);
	}

}
