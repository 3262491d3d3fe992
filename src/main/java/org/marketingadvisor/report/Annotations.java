package org.marketingadvisor.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultants' notes on a report: who wrote what and when. The owner sees them on the
 * report and in its PDF; each note is recorded in the audit trail.
 */
@Service
public class Annotations {

	static final int MAX_LENGTH = 4000;

	/** A note as stored. */
	public record Note(UUID id, String author, Instant createdAt, String body) {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Annotations(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The notes on an assessment's report, oldest first. */
	public List<Note> of(UUID assessment) {
		return jdbc
			.sql("SELECT id, author, created_at, body FROM annotation WHERE assessment_id = ? ORDER BY created_at, id")
			.param(assessment)
			.query((rs, i) -> new Note(rs.getObject(1, UUID.class), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getString(4)))
			.list();
	}

	/**
	 * Adds a note; returns the problem's message key when the text is empty or too long.
	 */
	@Transactional
	public Optional<String> add(UUID assessment, String token, String author, String body) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			return Optional.of("notes.error.empty");
		}
		if (text.length() > MAX_LENGTH) {
			return Optional.of("notes.error.long");
		}
		jdbc.sql("INSERT INTO annotation (id, assessment_id, author, created_at, body) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), assessment, author, Timestamp.from(clock.instant()), text)
			.update();
		events.publishEvent(new AnnotationAdded(author, token, text));
		return Optional.empty();
	}

}
