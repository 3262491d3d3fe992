package org.marketingadvisor.ruleset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.security.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rule-set versions and their files in the database. Published versions are never
 * changed; the live one is the published version with the highest number.
 */
@Repository
public class VersionStore {

	/** Where a version is in its life. */
	public enum Status {

		DRAFT, PUBLISHED, DISCARDED

	}

	/** Where a version's content came from. */
	public enum Origin {

		DISK, EDITOR, ROLLBACK

	}

	/** A version without its files. */
	public record Version(UUID id, Integer number, Status status, Origin origin, Integer baseNumber, String author,
			String message, Instant createdAt, Instant updatedAt, Instant publishedAt, String contentHash,
			String rulesetHash, List<Problem> problems, String checkedHash) {

		public boolean published() {
			return status == Status.PUBLISHED;
		}

		public boolean draft() {
			return status == Status.DRAFT;
		}

		/**
		 * The message the person who made the version wrote, if any: the start-up import
		 * has none, and a rollback's own is the optional text given with it (what the
		 * version is, is its origin and base number, shown in the page's language).
		 * Rollbacks stored before that carry the whole English sentence: they show it.
		 */
		public String ownMessage() {
			if (origin == Origin.DISK && Actors.SYSTEM.equals(author) || message == null || message.isBlank()) {
				return null;
			}
			return message;
		}

		/** A rollback whose message is the sentence once written by the system. */
		public boolean legacyRollback() {
			return origin == Origin.ROLLBACK && message != null && message.startsWith("Rollback to version ");
		}

		/** A draft whose content builds, as far as it was checked. */
		public boolean valid() {
			return problems.isEmpty();
		}

		/**
		 * A draft whose full check (build, linter, scenarios) has not finished on its
		 * current content: its problems are those of the quick check made on saving.
		 */
		public boolean checking() {
			return draft() && !contentHash.equals(checkedHash);
		}

	}

	private static final String COLUMNS = "id, number, status, origin, base_number, author, message, created_at, "
			+ "updated_at, published_at, content_hash, ruleset_hash, problems, checked_hash";

	private final JdbcClient jdbc;

	private final StoredProblems stored;

	private final HistoryStore history;

	VersionStore(JdbcClient jdbc, StoredProblems stored, HistoryStore history) {
		this.jdbc = jdbc;
		this.stored = stored;
		this.history = history;
	}

	/** The number of the live version, or 0 when nothing is published yet. */
	public int liveNumber() {
		return jdbc.sql("SELECT COALESCE(MAX(number), 0) FROM ruleset_version WHERE status = 'PUBLISHED'")
			.query(Integer.class)
			.single();
	}

	public Optional<Version> byNumber(int number) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ruleset_version WHERE number = ?")
			.param(number)
			.query(this::version)
			.optional();
	}

	public Optional<Version> byId(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ruleset_version WHERE id = ?")
			.param(id)
			.query(this::version)
			.optional();
	}

	/** Published versions, newest first. */
	public List<Version> published() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ruleset_version WHERE status = 'PUBLISHED' ORDER BY number DESC")
			.query(this::version)
			.list();
	}

	/** Open drafts, newest first. */
	public List<Version> drafts() {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM ruleset_version WHERE status = 'DRAFT' ORDER BY created_at DESC, id")
			.query(this::version)
			.list();
	}

	/**
	 * The newest version whose content was read from the folders on disk, in any state.
	 */
	public Optional<Version> lastFromDisk() {
		return jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM ruleset_version WHERE origin = 'DISK' ORDER BY created_at DESC, id LIMIT 1")
			.query(this::version)
			.list()
			.stream()
			.findFirst();
	}

	public Content content(UUID id) {
		Map<String, String> files = new TreeMap<>();
		jdbc.sql("SELECT path, content FROM ruleset_file WHERE version_id = ?")
			.param(id)
			.query((rs, i) -> files.put(rs.getString(1), rs.getString(2)))
			.list();
		return new Content(new TreeMap<>(files));
	}

	/**
	 * The content of the first published version built to this rule-set hash (a rollback
	 * publishes the same rules and knowledge base again under a new number).
	 */
	public Optional<Content> contentOfRuleset(String rulesetHash) {
		return jdbc
			.sql("SELECT id FROM ruleset_version WHERE ruleset_hash = ? AND status = 'PUBLISHED' "
					+ "ORDER BY number LIMIT 1")
			.param(rulesetHash)
			.query(UUID.class)
			.optional()
			.map(this::content);
	}

	/**
	 * Stores new content as a draft, checked in full with these problems; returns its id.
	 */
	@Transactional
	public UUID insertDraft(Origin origin, int baseNumber, String author, String message, Content content,
			List<Problem> problems, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO ruleset_version (id, status, origin, base_number, author, message, created_at, "
				+ "updated_at, content_hash, problems, checked_hash) VALUES (?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, origin.name(), baseNumber == 0 ? null : baseNumber, author, cut(message, 500),
					Timestamp.from(now), Timestamp.from(now), content.hash(), problems(problems), content.hash())
			.update();
		content.files()
			.forEach((path, text) -> jdbc.sql("INSERT INTO ruleset_file (version_id, path, content) VALUES (?, ?, ?)")
				.params(id, path, text)
				.update());
		return id;
	}

	/**
	 * The one place a draft's files change: replaces, adds or (a null text) removes
	 * files, records what the quick check found, and records the change in the draft's
	 * history with what each file held before, all in one transaction. The full check is
	 * then pending ({@link Version#checking()}). False when the version is no open draft
	 * (nothing is written).
	 */
	@Transactional
	public boolean updateDraftFiles(UUID id, Map<String, String> files, Content updated, List<Problem> problems,
			DraftHistory.Made change, Instant now) {
		// taking the draft's row first serializes concurrent saves of one draft
		int open = jdbc
			.sql("UPDATE ruleset_version SET content_hash = ?, problems = ?, updated_at = ? WHERE id = ? "
					+ "AND status = 'DRAFT'")
			.params(updated.hash(), problems(problems), Timestamp.from(now), id)
			.update();
		if (open != 1) {
			return false;
		}
		Map<String, String> previous = new TreeMap<>();
		files.forEach((path, text) -> {
			String before = jdbc.sql("SELECT content FROM ruleset_file WHERE version_id = ? AND path = ?")
				.params(id, path)
				.query(String.class)
				.optional()
				.orElse(null);
			if (Objects.equals(before, text)) {
				return;
			}
			previous.put(path, before);
			if (text == null) {
				jdbc.sql("DELETE FROM ruleset_file WHERE version_id = ? AND path = ?").params(id, path).update();
			}
			else if (before != null) {
				jdbc.sql("UPDATE ruleset_file SET content = ? WHERE version_id = ? AND path = ?")
					.params(text, id, path)
					.update();
			}
			else {
				jdbc.sql("INSERT INTO ruleset_file (version_id, path, content) VALUES (?, ?, ?)")
					.params(id, path, text)
					.update();
			}
		});
		if (!previous.isEmpty()) {
			history.record(id, change.author(), change.edit(), change.undoes(), previous, now);
		}
		return true;
	}

	/**
	 * Records what the full check found, if the draft still has the content it checked.
	 */
	void setChecked(UUID id, String contentHash, List<Problem> problems) {
		jdbc.sql("UPDATE ruleset_version SET problems = ?, checked_hash = ? WHERE id = ? AND status = 'DRAFT' "
				+ "AND content_hash = ?")
			.params(problems(problems), contentHash, id, contentHash)
			.update();
	}

	/** Opens a discarded draft again. */
	boolean restore(UUID id, Instant now) {
		return jdbc
			.sql("UPDATE ruleset_version SET status = 'DRAFT', updated_at = ? WHERE id = ? AND status = 'DISCARDED'")
			.params(Timestamp.from(now), id)
			.update() == 1;
	}

	public void setProblems(UUID id, List<Problem> problems) {
		jdbc.sql("UPDATE ruleset_version SET problems = ? WHERE id = ? AND status = 'DRAFT'")
			.params(problems(problems), id)
			.update();
	}

	/**
	 * Publishes a draft as the next number; returns the number. Fails with a
	 * {@link org.springframework.dao.DuplicateKeyException} when another instance took
	 * the same number at the same moment.
	 */
	@Transactional
	public int publish(UUID id, String message, String rulesetHash, Instant now) {
		int number = liveNumber() + 1;
		int changed = jdbc
			.sql("UPDATE ruleset_version SET status = 'PUBLISHED', number = ?, message = ?, ruleset_hash = ?, "
					+ "published_at = ?, updated_at = ?, problems = NULL WHERE id = ? AND status = 'DRAFT'")
			.params(number, cut(message, 500), rulesetHash, Timestamp.from(now), Timestamp.from(now), id)
			.update();
		if (changed != 1) {
			throw new IllegalStateException("Version " + id + " is not a draft any more");
		}
		return number;
	}

	public boolean discard(UUID id, Instant now) {
		return jdbc
			.sql("UPDATE ruleset_version SET status = 'DISCARDED', updated_at = ? WHERE id = ? AND status = 'DRAFT'")
			.params(Timestamp.from(now), id)
			.update() == 1;
	}

	private String problems(List<Problem> problems) {
		return stored.write(problems);
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private Version version(ResultSet rs, int row) throws SQLException {
		String problems = rs.getString("problems");
		return new Version(rs.getObject("id", UUID.class), (Integer) rs.getObject("number"),
				Status.valueOf(rs.getString("status")), Origin.valueOf(rs.getString("origin")),
				(Integer) rs.getObject("base_number"), rs.getString("author"), rs.getString("message"),
				instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "published_at"),
				rs.getString("content_hash"), rs.getString("ruleset_hash"), stored.read(problems),
				rs.getString("checked_hash"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
