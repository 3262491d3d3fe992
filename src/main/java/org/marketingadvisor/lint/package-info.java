/**
 * The rule linter: errors that block publishing (rules that can never fire; a publish
 * check) and warnings found on the rule text and on sampled answer sets; the lint report
 * of a draft, computed once per content.
 */
@ApplicationModule(allowedDependencies = { "knowledge", "engine", "questionnaire", "ruleset" })
package org.marketingadvisor.lint;

import org.springframework.modulith.ApplicationModule;
