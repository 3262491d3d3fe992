/**
 * Preview as the owner sees it: a draft's questionnaire walked through page by page with
 * the answers kept only in the consultant's session, and the draft's report for those
 * answers, for a base company of the draft's scenarios or for a stored assessment, beside
 * what the live version reports for the same answers. Nothing of a preview is stored.
 */
@ApplicationModule(allowedDependencies = { "knowledge", "engine", "questionnaire", "assessment", "report", "ruleset",
		"scenario", "web" })
package org.marketingadvisor.preview;

import org.springframework.modulith.ApplicationModule;
