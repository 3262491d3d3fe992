/**
 * Scenarios that pin the rules' behaviour: data files under {@code rules/scenarios/} with
 * answers in and findings, recommendations and rules expected present and absent; the
 * runner that checks them against a rule set (a publish check), and the scenarios page of
 * a draft, where scenarios are written or pinned from stored reports.
 */
@ApplicationModule(allowedDependencies = { "knowledge", "engine", "questionnaire", "assessment", "ruleset", "web" })
package org.marketingadvisor.scenario;

import org.springframework.modulith.ApplicationModule;
