package org.marketingadvisor.audit;

import org.marketingadvisor.report.AnnotationAdded;
import org.marketingadvisor.ruleset.RuleSetChanged;
import org.marketingadvisor.security.SecurityEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.stereotype.Component;

/**
 * Records the other modules' events in the audit trail, synchronously: in the publisher's
 * thread and transaction, so the entry of an acknowledged change is committed with it.
 *
 * <p>
 * A listener bean rather than {@code @EventListener} methods: those are registered only
 * once every singleton exists, and the first start publishes version 1 (an event to
 * record) while the engine bean is being made.
 */
@Component
class AuditListener implements ApplicationListener<PayloadApplicationEvent<?>> {

	private final AuditTrail audit;

	AuditListener(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public void onApplicationEvent(PayloadApplicationEvent<?> event) {
		Object payload = event.getPayload();
		if (payload instanceof RuleSetChanged e) {
			audit.recordAs(e.actor(), action(e.change()), e.subject(), e.details());
		}
		else if (payload instanceof SecurityEvent e) {
			audit.recordAs(e.actor(), action(e.kind()), e.account(), e.details());
		}
		else if (payload instanceof AnnotationAdded e) {
			audit.recordAs(e.author(), AuditTrail.Actions.ANNOTATION_ADDED, "report " + e.token().substring(0, 8) + "…",
					e.text().length() > 200 ? e.text().substring(0, 199) + "…" : e.text());
		}
	}

	static String action(RuleSetChanged.Change change) {
		return switch (change) {
			case IMPORTED -> AuditTrail.Actions.RULESET_IMPORTED;
			case DRAFT_CREATED -> AuditTrail.Actions.DRAFT_CREATED;
			case DRAFT_EDITED -> AuditTrail.Actions.DRAFT_EDITED;
			case DRAFT_DISCARDED -> AuditTrail.Actions.DRAFT_DISCARDED;
			case PUBLISHED -> AuditTrail.Actions.RULESET_PUBLISHED;
			case REFUSED -> AuditTrail.Actions.RULESET_REFUSED;
			case ROLLED_BACK -> AuditTrail.Actions.RULESET_ROLLED_BACK;
		};
	}

	static String action(SecurityEvent.Kind kind) {
		return switch (kind) {
			case SIGN_IN -> AuditTrail.Actions.SIGN_IN;
			case SIGN_IN_FAILED -> AuditTrail.Actions.SIGN_IN_FAILED;
			case SIGN_OUT -> AuditTrail.Actions.SIGN_OUT;
			case ACCOUNT_CREATED -> AuditTrail.Actions.ACCOUNT_CREATED;
			case ACCOUNT_ENABLED -> AuditTrail.Actions.ACCOUNT_ENABLED;
			case ACCOUNT_DISABLED -> AuditTrail.Actions.ACCOUNT_DISABLED;
			case ACCOUNT_ROLE -> AuditTrail.Actions.ACCOUNT_ROLE;
			case ACCOUNT_PASSWORD -> AuditTrail.Actions.ACCOUNT_PASSWORD;
		};
	}

}
