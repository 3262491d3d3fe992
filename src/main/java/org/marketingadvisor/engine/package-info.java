/**
 * The rule engine: compiles {@code rules/} into a versioned Drools rule set once,
 * evaluates validated answers in a fresh (pooled, reset) session per evaluation, and
 * records for every finding and recommendation the rule that produced it and the facts it
 * matched. The fact classes the DRL files use
 * ({@link org.marketingadvisor.engine.Answer},
 * {@link org.marketingadvisor.engine.Finding},
 * {@link org.marketingadvisor.engine.Recommendation}) live here, and so does the reading
 * of a rule into words ({@link org.marketingadvisor.engine.RuleSentence},
 * {@link org.marketingadvisor.engine.RuleWords}) that the editor, the linter and the
 * report show consultants.
 */
@ApplicationModule(allowedDependencies = { "knowledge" })
package org.marketingadvisor.engine;

import org.springframework.modulith.ApplicationModule;
