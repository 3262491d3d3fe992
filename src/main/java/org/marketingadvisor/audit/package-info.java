/**
 * The audit trail: owns the {@code audit_event} table, records the events the other
 * modules publish (sign-ins, account changes, rule-set changes, notes) in the publisher's
 * transaction, and shows them to admins with filters.
 */
package org.marketingadvisor.audit;
