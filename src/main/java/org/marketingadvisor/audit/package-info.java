/**
 * The audit trail: owns the {@code audit_event} table, records the events the other
 * modules publish (sign-ins, account changes, rule-set changes, notes) in the publisher's
 * transaction, and shows them to admins with filters.
 */
@ApplicationModule(allowedDependencies = { "security", "ruleset", "report", "web" })
package org.marketingadvisor.audit;

import org.springframework.modulith.ApplicationModule;
