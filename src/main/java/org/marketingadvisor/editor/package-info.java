/**
 * Editing a draft in the browser: its page, the guided rule editor (conditions in groups,
 * a conclusion, generated DRL), knowledge-base texts and new questions, and raw editing
 * of its files for admins. Every save goes through the draft's checks in {@code ruleset}.
 */
@ApplicationModule(allowedDependencies = { "knowledge", "engine", "questionnaire", "lint", "ruleset", "scenario",
		"assessment", "web" })
package org.marketingadvisor.editor;

import org.springframework.modulith.ApplicationModule;
