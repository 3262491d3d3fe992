/**
 * Rule authoring support. Holds the scenario tests that pin the rules' behaviour: data
 * files under {@code rules/scenarios/} with answers in and findings, recommendations and
 * rules expected present and absent, and the runner that checks them against a rule set.
 */
package org.marketingadvisor.authoring;
