package org.marketingadvisor.ruleset;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The changes of drafts in the database ({@code draft_change},
 * {@code draft_change_file}): written only by {@link VersionStore#updateDraftFiles}, in
 * the same transaction as the files they describe.
 */
@Repository
class HistoryStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	HistoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a change: its description and what each changed file held before (null when
	 * the change added it). The caller holds the draft's row lock.
	 */
	void record(UUID version, String author, DraftEdit edit, Integer undoes, Map<String, String> previous,
			Instant now) {
		int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM draft_change WHERE version_id = ?")
			.param(version)
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO draft_change (id, version_id, seq, author, changed_at, description, arguments, undoes) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(id, version, seq, author, Timestamp.from(now), edit.key(), JSON.writeValueAsString(edit.args()),
					undoes)
			.update();
		previous.forEach(
				(path, text) -> jdbc.sql("INSERT INTO draft_change_file (change_id, path, previous) VALUES (?, ?, ?)")
					.params(id, path, text)
					.update());
	}

	/** A draft's changes, newest first, with the paths each one changed. */
	List<DraftHistory.Change> list(UUID version) {
		Map<UUID, List<String>> paths = new HashMap<>();
		jdbc.sql("SELECT f.change_id, f.path FROM draft_change_file f JOIN draft_change c ON c.id = f.change_id "
				+ "WHERE c.version_id = ? ORDER BY f.path")
			.param(version)
			.query((rs, i) -> paths.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return jdbc
			.sql("SELECT id, seq, author, changed_at, description, arguments, undoes FROM draft_change "
					+ "WHERE version_id = ? ORDER BY seq DESC")
			.param(version)
			.query((rs, i) -> new DraftHistory.Change(rs.getInt("seq"), rs.getString("author"),
					rs.getTimestamp("changed_at").toInstant(),
					new DraftEdit(rs.getString("description"), JSON.readValue(rs.getString("arguments"), STRINGS)),
					(Integer) rs.getObject("undoes"),
					List.copyOf(paths.getOrDefault(rs.getObject("id", UUID.class), List.of()))))
			.list();
	}

	/**
	 * What the files a change touched held before it, by path; a null value: the change
	 * added the file. Empty when the draft has no such change.
	 */
	Optional<Map<String, String>> previous(UUID version, int seq) {
		Optional<UUID> change = jdbc.sql("SELECT id FROM draft_change WHERE version_id = ? AND seq = ?")
			.params(version, seq)
			.query(UUID.class)
			.optional();
		return change.map(id -> {
			Map<String, String> files = new TreeMap<>();
			jdbc.sql("SELECT path, previous FROM draft_change_file WHERE change_id = ?")
				.param(id)
				.query((rs, i) -> files.put(rs.getString(1), rs.getString(2)))
				.list();
			return files;
		});
	}

}
