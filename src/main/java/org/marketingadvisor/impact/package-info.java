/**
 * The impact preview: what a draft would change in stored clients' reports, computed in
 * the background against the live version, read through the assessments' own API.
 */
@ApplicationModule(allowedDependencies = { "knowledge", "engine", "questionnaire", "assessment", "ruleset", "web" })
package org.marketingadvisor.impact;

import org.springframework.modulith.ApplicationModule;
