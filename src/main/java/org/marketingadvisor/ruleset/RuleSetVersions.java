package org.marketingadvisor.ruleset;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.RuleSetChanged.Change;
import org.marketingadvisor.ruleset.VersionStore.Origin;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.marketingadvisor.security.Actors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Drafts and the publish gate: every change of the live rules made in the browser (a
 * draft edited, a rollback) becomes a version here and goes live only through
 * {@link PublishGate}. Published versions are stored with their full content; every
 * instance on the same database follows the newest one ({@link LiveFollower}); the
 * folders on disk are imported by {@link DiskImport}.
 */
@Service
public class RuleSetVersions {

	/** The outcome of publishing: the new number, or what is wrong with the content. */
	public record Outcome(Integer number, List<Problem> problems) {

		public boolean published() {
			return number != null;
		}

		static Outcome refused(List<Problem> problems) {
			return new Outcome(null, List.copyOf(problems));
		}

	}

	private final VersionStore store;

	private final LiveRuleSet live;

	private final PublishGate gate;

	private final ApplicationEventPublisher events;

	private final QuickCheck quick;

	private final DraftChecks checks;

	private final Clock clock;

	RuleSetVersions(VersionStore store, LiveRuleSet live, PublishGate gate, QuickCheck quick, DraftChecks checks,
			ApplicationEventPublisher events, Optional<Clock> clock) {
		this.store = store;
		this.live = live;
		this.gate = gate;
		this.quick = quick;
		this.checks = checks;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The number of the version this instance serves. */
	public int liveNumber() {
		return live.number();
	}

	/** A new draft holding the live version's content. */
	public UUID newDraft(String message) {
		int liveNumber = live.number();
		Version liveVersion = store.byNumber(liveNumber).orElseThrow();
		String text = message == null || message.isBlank() ? "Draft from version " + liveNumber : message.strip();
		UUID id = store.insertDraft(Origin.EDITOR, liveNumber, Actors.current(), text, store.content(liveVersion.id()),
				List.of(), clock.instant());
		record(Actors.current(), Change.DRAFT_CREATED, "draft " + ChangeSummary.shortId(id), text);
		return id;
	}

	/**
	 * Saves one file of a draft, whatever its content; see
	 * {@link #saveDraftFiles(UUID, Map, DraftEdit)}.
	 */
	public List<Problem> saveDraftFile(UUID draftId, String path, String text) {
		return saveDraftFiles(draftId, Map.of(path, text));
	}

	/** Saves files of a draft, described by what they are. */
	public List<Problem> saveDraftFiles(UUID draftId, Map<String, String> files) {
		return saveDraftFiles(draftId, files, DraftEdit.forPaths(files.keySet()));
	}

	/**
	 * Saves files of a draft with the problems {@code check} finds in the updated content
	 * kept at once: a caller that knows what its change touches (a scenario file, checked
	 * against the draft's rules as already built) gives its answer sooner, and must
	 * return what the full check would; the full check follows in the background all the
	 * same.
	 */
	public List<Problem> saveDraftFiles(UUID draftId, Map<String, String> files,
			Function<Content, List<Problem>> check) {
		return saveDraftFiles(draftId, files, DraftEdit.forPaths(files.keySet()), null, check);
	}

	/**
	 * Saves files of a draft (a null text removes a file) as one change of its history,
	 * whatever their content. What the quick check finds (the knowledge base, the rules'
	 * safety and ids: file:line:column) is returned at once and kept with the draft; the
	 * full check (compiling, the linter, the scenarios) follows in the background and
	 * replaces it. A draft with problems cannot be published.
	 */
	public List<Problem> saveDraftFiles(UUID draftId, Map<String, String> files, DraftEdit edit) {
		return saveDraftFiles(draftId, files, edit, null);
	}

	List<Problem> saveDraftFiles(UUID draftId, Map<String, String> files, DraftEdit edit, Integer undoes) {
		return saveDraftFiles(draftId, files, edit, undoes, quick::problems);
	}

	private List<Problem> saveDraftFiles(UUID draftId, Map<String, String> files, DraftEdit edit, Integer undoes,
			Function<Content, List<Problem>> check) {
		Version draft = store.byId(draftId).filter(Version::draft).orElseThrow(() -> new NoSuchDraft(draftId));
		Content updated = store.content(draftId).with(files);
		List<Problem> problems = check.apply(updated);
		if (!store.updateDraftFiles(draftId, files, updated, problems,
				new DraftHistory.Made(Actors.current(), edit, undoes), clock.instant())) {
			throw new NoSuchDraft(draftId);
		}
		checks.schedule(draftId);
		record(Actors.current(), Change.DRAFT_EDITED,
				"draft " + ChangeSummary.shortId(draft.id()) + " " + String.join(", ", new TreeSet<>(files.keySet())),
				problems.isEmpty() ? "builds" : problems.size() + " problem(s): " + problems.get(0).english());
		return problems;
	}

	/**
	 * Queues the full check of a draft whose check is pending (after a restart, say);
	 * true while it is pending.
	 */
	public boolean checking(UUID draftId) {
		boolean checking = store.byId(draftId).map(Version::checking).orElse(false);
		if (checking) {
			checks.schedule(draftId);
		}
		return checking;
	}

	/** Waits until the full checks queued so far have run: for tests and benchmarks. */
	public void awaitChecks() {
		checks.awaitIdle(java.time.Duration.ofMinutes(2));
	}

	/** Opens a discarded draft again: the way back from discarding. */
	public boolean restore(UUID draftId) {
		boolean done = store.restore(draftId, clock.instant());
		if (done) {
			record(Actors.current(), Change.DRAFT_CREATED, "draft " + ChangeSummary.shortId(draftId), "restored");
		}
		return done;
	}

	public boolean discard(UUID draftId) {
		boolean done = store.discard(draftId, clock.instant());
		if (done) {
			record(Actors.current(), Change.DRAFT_DISCARDED, "draft " + ChangeSummary.shortId(draftId), null);
		}
		return done;
	}

	/** Every problem of the content, as file:line:column messages where known. */
	public List<Problem> check(Content content) {
		return gate.check(content);
	}

	/** Publishes a draft through the gate; the caller's message describes the change. */
	public Outcome publish(UUID draftId, String message) {
		return publish(draftId, message, Actors.current());
	}

	Outcome publish(UUID draftId, String message, String actor) {
		live.lock().lock();
		try {
			Version draft = store.byId(draftId).filter(Version::draft).orElseThrow(() -> new NoSuchDraft(draftId));
			String text = message == null || message.isBlank() ? draft.message() : message.strip();
			Outcome outcome = live.goLive(draftId, store.content(draftId), text);
			if (outcome.published()) {
				record(actor, Change.PUBLISHED, "v" + outcome.number(), text);
			}
			else {
				store.setProblems(draftId, outcome.problems());
				record(actor, Change.REFUSED, "draft " + ChangeSummary.shortId(draftId),
						outcome.problems().size() + " problem(s): " + outcome.problems().get(0).english());
			}
			return outcome;
		}
		finally {
			live.lock().unlock();
		}
	}

	/** Publishes an earlier version's content again, as a new version. */
	public Outcome rollback(int number, String message) {
		live.lock().lock();
		try {
			Version target = store.byNumber(number)
				.filter(Version::published)
				.orElseThrow(() -> new NoSuchVersion(number));
			// the version's message is the consultant's own; that it is a rollback, and
			// to
			// which version, is its origin and base number, shown in the page's language
			String text = message == null || message.isBlank() ? "" : message.strip();
			Content content = store.content(target.id());
			UUID id = store.insertDraft(Origin.ROLLBACK, number, Actors.current(), text, content, List.of(),
					clock.instant());
			Outcome outcome = live.goLive(id, content, text);
			if (outcome.published()) {
				record(Actors.current(), Change.ROLLED_BACK, "v" + outcome.number(),
						"to v" + number + (text.isEmpty() ? "" : ": " + text));
			}
			else {
				store.setProblems(id, outcome.problems());
				record(Actors.current(), Change.REFUSED, "rollback to v" + number,
						outcome.problems().size() + " problem(s): " + outcome.problems().get(0).english());
			}
			return outcome;
		}
		finally {
			live.lock().unlock();
		}
	}

	private void record(String actor, Change change, String subject, String details) {
		events.publishEvent(new RuleSetChanged(actor, change, subject, details));
	}

	/** No open draft has this id. */
	public static final class NoSuchDraft extends RuntimeException {

		public NoSuchDraft(UUID id) {
			super("No open draft " + id);
		}

	}

	/** No published version has this number. */
	public static final class NoSuchVersion extends RuntimeException {

		NoSuchVersion(int number) {
			super("No published version " + number);
		}

	}

}
