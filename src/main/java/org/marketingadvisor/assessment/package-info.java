/**
 * Assessments: a set of answers evaluated by one rule-set version. Holds the evaluation
 * API, which validates answers, runs the engine and renders every finding and
 * recommendation with its explanation (rule, answers, cited heuristics) and the action
 * plan in the requested language.
 */
@ApplicationModule(allowedDependencies = { "knowledge", "engine", "questionnaire", "web" })
package org.marketingadvisor.assessment;

import org.springframework.modulith.ApplicationModule;
