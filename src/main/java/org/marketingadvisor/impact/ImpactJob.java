package org.marketingadvisor.impact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.ruleset.VersionStore.Version;

/** A preview being computed or done. */
public final class ImpactJob {

	private final UUID id = UUID.randomUUID();

	private final Version draft;

	private final int liveNumber;

	private final Instant started;

	private final AtomicInteger done = new AtomicInteger();

	private volatile int total = -1;

	private volatile ImpactPreview.Report report;

	private volatile List<Problem> problems = List.of();

	private volatile RuleSet draftRuleSet;

	private volatile RuleSet liveRuleSet;

	private volatile ImpactPreview.Estimate estimate;

	private volatile boolean cancelled;

	/** When the current phase (the sample, then the full run) began. */
	private volatile long phaseStarted = System.nanoTime();

	/** Whether the current phase is the quick estimate on a sample. */
	private volatile boolean sampling;

	/**
	 * What a rollback's preview carries to its confirmation: the number and the message
	 * typed.
	 */
	public record Rollback(int number, String message) {
	}

	/** Set when this preview is the first step of a rollback. */
	private final Rollback rollback;

	ImpactJob(Version draft, int liveNumber, Instant started, Rollback rollback) {
		this.draft = draft;
		this.liveNumber = liveNumber;
		this.started = started;
		this.rollback = rollback;
	}

	/** The rollback this preview is the first step of; null for a draft's preview. */
	public Rollback rollback() {
		return rollback;
	}

	public UUID id() {
		return id;
	}

	public Version draft() {
		return draft;
	}

	public int liveNumber() {
		return liveNumber;
	}

	public Instant started() {
		return started;
	}

	/** Assessments compared so far. */
	public int done() {
		return done.get();
	}

	/**
	 * How many assessments the current phase compares (the sample's size, then every
	 * submitted one); -1 while the draft compiles.
	 */
	public int total() {
		return total;
	}

	/** Whether the quick estimate on a random sample is being computed. */
	public boolean sampling() {
		return sampling && report == null;
	}

	/**
	 * The quick estimate, once the sample is done; null when there was no need for one.
	 */
	public ImpactPreview.Estimate estimate() {
		return estimate;
	}

	public boolean cancelled() {
		return cancelled;
	}

	/** Asks the run to stop; what it compared so far is reported. */
	public void cancel() {
		cancelled = true;
	}

	/**
	 * Seconds the current phase still needs at its pace so far; -1 until there is a pace
	 * to go by.
	 */
	public long secondsLeft() {
		int done = this.done.get();
		long elapsed = System.nanoTime() - phaseStarted;
		if (done < 50 || total <= 0 || elapsed < 500_000_000L) {
			return -1;
		}
		return Math.max(0, (long) ((total - done) * (elapsed / 1e9) / done));
	}

	public boolean finished() {
		return report != null || !problems.isEmpty();
	}

	public ImpactPreview.Report report() {
		return report;
	}

	/** Why the preview could not run (the draft does not build). */
	public List<Problem> problems() {
		return problems;
	}

	/** The draft's rule set, for titles of what it adds. */
	public RuleSet draftRuleSet() {
		return draftRuleSet;
	}

	public RuleSet liveRuleSet() {
		return liveRuleSet;
	}

	AtomicInteger progress() {
		return done;
	}

	/** A phase over {@code total} assessments begins: the sample first, if any. */
	void phase(int total, boolean sample) {
		this.sampling = sample;
		this.done.set(0);
		this.phaseStarted = System.nanoTime();
		this.total = total;
	}

	void estimate(ImpactPreview.Estimate estimate) {
		this.estimate = estimate;
		this.sampling = false;
	}

	void ruleSets(RuleSet draft, RuleSet live) {
		this.draftRuleSet = draft;
		this.liveRuleSet = live;
	}

	void complete(ImpactPreview.Report report) {
		this.report = report;
	}

	void failed(List<Problem> problems) {
		this.problems = problems;
	}

}
