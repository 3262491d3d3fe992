/**
 * Rule-set versions and the live engine: every version's full content in the database,
 * drafts (each save a change of the draft's history that can be undone; a quick check on
 * saving, the full check in the background), the publish gate (content builds and every
 * {@link org.marketingadvisor.ruleset.PublishCheck} finds nothing), the start-up on the
 * live version (the folders on disk become version 1), the import of the folders on disk,
 * the following of versions other instances published, rollbacks, differences and
 * downloads, and the {@code RuleEngine} bean the questionnaire, assessments and reports
 * use. Tells the audit trail what happened through
 * {@link org.marketingadvisor.ruleset.RuleSetChanged}.
 */
@ApplicationModule(allowedDependencies = { "knowledge", "engine", "security", "assessment", "web" })
package org.marketingadvisor.ruleset;

import org.springframework.modulith.ApplicationModule;
