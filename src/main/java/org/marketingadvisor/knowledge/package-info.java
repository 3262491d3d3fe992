/**
 * The knowledge base: what the four source documents say. Loads and strictly validates
 * the plain data files of {@code knowledge-base/} (documents, heuristics, tensions,
 * areas, findings, recommendations, questionnaire) and exposes them read-only, by id and
 * in their declared order. No rule logic lives here.
 */
@ApplicationModule(allowedDependencies = {})
package org.marketingadvisor.knowledge;

import org.springframework.modulith.ApplicationModule;
