package org.marketingadvisor.ruleset;

import java.util.List;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.engine.RuleSet;

/**
 * One check of the publish gate besides building: content that builds still goes live
 * only when every check finds nothing. The checks live in the modules that know them (the
 * linter's errors, the scenarios); the gate collects every bean of this type, so it never
 * depends on those modules.
 */
public interface PublishCheck {

	/**
	 * What keeps the built content from going live, as {@code file:line:column: message}
	 * where known; empty when nothing does.
	 */
	List<Problem> problems(RuleSet built, Content content);

}
