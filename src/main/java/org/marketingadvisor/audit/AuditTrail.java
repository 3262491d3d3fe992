package org.marketingadvisor.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.marketingadvisor.security.Actors;
import org.springframework.stereotype.Service;

/**
 * The audit trail: every sign-in and failed one, every account change, and every publish,
 * rollback, import, draft edit and annotation, with who, when and what. This module alone
 * reads and writes the {@code audit_event} table; the other modules publish small events
 * and {@link AuditListener} records them. Entries are only added, never changed; admins
 * read them with filters ({@link AuditPages}).
 */
@Service
public class AuditTrail {

	/**
	 * The actions the trail knows; each has a label {@code audit.action.<action>} in the
	 * message bundles.
	 */
	public static final List<String> ACTIONS = List.of(Actions.SIGN_IN, Actions.SIGN_IN_FAILED, Actions.SIGN_OUT,
			Actions.ACCOUNT_CREATED, Actions.ACCOUNT_ENABLED, Actions.ACCOUNT_DISABLED, Actions.ACCOUNT_ROLE,
			Actions.ACCOUNT_PASSWORD, Actions.ANNOTATION_ADDED, Actions.RULESET_IMPORTED, Actions.DRAFT_CREATED,
			Actions.DRAFT_EDITED, Actions.DRAFT_DISCARDED, Actions.RULESET_PUBLISHED, Actions.RULESET_REFUSED,
			Actions.RULESET_ROLLED_BACK);

	/** Action names, as stored. */
	public static final class Actions {

		public static final String SIGN_IN = "sign-in";

		public static final String SIGN_IN_FAILED = "sign-in-failed";

		public static final String SIGN_OUT = "sign-out";

		public static final String ACCOUNT_CREATED = "account-created";

		public static final String ACCOUNT_ENABLED = "account-enabled";

		public static final String ACCOUNT_DISABLED = "account-disabled";

		public static final String ACCOUNT_ROLE = "account-role";

		/**
		 * A password changed by its owner, or a first admin's one-time password replaced.
		 */
		public static final String ACCOUNT_PASSWORD = "account-password";

		public static final String ANNOTATION_ADDED = "annotation-added";

		public static final String RULESET_IMPORTED = "ruleset-imported";

		public static final String DRAFT_CREATED = "draft-created";

		public static final String DRAFT_EDITED = "draft-edited";

		public static final String DRAFT_DISCARDED = "draft-discarded";

		public static final String RULESET_PUBLISHED = "ruleset-published";

		/** A publish or rollback refused because the content does not build. */
		public static final String RULESET_REFUSED = "ruleset-refused";

		public static final String RULESET_ROLLED_BACK = "ruleset-rolled-back";

		private Actions() {
		}

	}

	/** Who acted when nobody is signed in: the application itself (start-up, imports). */
	public static final String SYSTEM = Actors.SYSTEM;

	/** An entry of the trail. */
	public record Event(UUID id, Instant at, String actor, String action, String subject, String details) {
	}

	/** What to show: any field may be empty; {@code page} counts from 0. */
	public record Filter(String actor, String action, LocalDate from, LocalDate to, int page) {
	}

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds an entry, in the caller's transaction when it has one: {@link AuditListener}
	 * calls it for the events of the other modules.
	 */
	void recordAs(String actor, String action, String subject, String details) {
		jdbc.sql("INSERT INTO audit_event (id, at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), Timestamp.from(clock.instant()), cut(actor, 100), cut(action, 50),
					cut(subject, 200), cut(details, 2000))
			.update();
	}

	/** One page of entries, newest first, and whether more follow. */
	public List<Event> find(Filter filter) {
		StringBuilder sql = new StringBuilder(
				"SELECT id, at, actor, action, subject, details FROM audit_event WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (filter.actor() != null && !filter.actor().isBlank()) {
			sql.append(" AND actor = ?");
			params.add(filter.actor().strip().toLowerCase(java.util.Locale.ROOT));
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			sql.append(" AND action = ?");
			params.add(filter.action());
		}
		if (filter.from() != null) {
			sql.append(" AND at >= ?");
			params.add(Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" AND at < ?");
			params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		sql.append(" ORDER BY at DESC, id LIMIT ? OFFSET ?");
		params.add(PAGE_SIZE + 1);
		params.add(Math.max(0, filter.page()) * PAGE_SIZE);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, i) -> new Event(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
