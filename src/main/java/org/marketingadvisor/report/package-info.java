/**
 * The owner's report: scores per area and overall (as the knowledge base's
 * {@code scoring.yaml} defines them), the comparison with an earlier assessment and with
 * peers, the radar chart as SVG, and the report as a page, a PDF and JSON.
 */
@ApplicationModule(allowedDependencies = { "knowledge", "engine", "questionnaire", "assessment", "web" })
package org.marketingadvisor.report;

import org.springframework.modulith.ApplicationModule;
