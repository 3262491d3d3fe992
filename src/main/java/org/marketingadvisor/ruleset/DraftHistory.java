package org.marketingadvisor.ruleset;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.marketingadvisor.knowledge.Problem;

import org.springframework.stereotype.Service;

/**
 * A draft's history: every save of its files, whichever editor made it, with who, when,
 * what, and the files' content before; any change can be undone, which restores the files
 * it touched as they were before it. Undoing is a change of its own, so undoing an undo
 * redoes. Nothing is ever lost: every state of a file stays in the history.
 */
@Service
public class DraftHistory {

	/** Who changed a draft, how, and which change it undid (null when none). */
	public record Made(String author, DraftEdit edit, Integer undoes) {
	}

	/** One change as stored: its number in the draft, who, when, what, which files. */
	public record Change(int seq, String author, Instant at, DraftEdit edit, Integer undoes, List<String> paths) {

		public boolean undo() {
			return undoes != null;
		}

	}

	/**
	 * A change as the draft's page lists it: {@code undoneBy} is the number of the later
	 * change that undid it (null when none).
	 */
	public record Entry(Change change, Integer undoneBy) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
			.withZone(ZoneOffset.UTC);

		/** When, as the page writes it. */
		public String when() {
			return WHEN.format(change.at());
		}

	}

	private final HistoryStore history;

	private final RuleSetVersions versions;

	DraftHistory(HistoryStore history, RuleSetVersions versions) {
		this.history = history;
		this.versions = versions;
	}

	/** The draft's changes, newest first. */
	public List<Entry> entries(UUID draft) {
		List<Change> changes = history.list(draft);
		Map<Integer, Integer> undoneBy = new HashMap<>();
		for (Change c : changes) {
			if (c.undo()) {
				undoneBy.merge(c.undoes(), c.seq(), Math::max);
			}
		}
		return changes.stream().map(c -> new Entry(c, undoneBy.get(c.seq()))).toList();
	}

	/**
	 * Undoes change {@code seq} of an open draft: the files it touched get the content
	 * they had before it (a file it added is removed). Returns the quick check's
	 * problems, as a save does; throws {@link NoSuchChange} when the draft has no such
	 * change.
	 */
	public List<Problem> undo(UUID draft, int seq) {
		Map<String, String> before = history.previous(draft, seq).orElseThrow(() -> new NoSuchChange(seq));
		return versions.saveDraftFiles(draft, before, DraftEdit.of("history.undid", String.valueOf(seq)), seq);
	}

	/** The draft has no change of that number. */
	public static final class NoSuchChange extends RuntimeException {

		NoSuchChange(int seq) {
			super("No change " + seq);
		}

	}

}
