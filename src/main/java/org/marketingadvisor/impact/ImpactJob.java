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

	ImpactJob(Version draft, int liveNumber, Instant started) {
		this.draft = draft;
		this.liveNumber = liveNumber;
		this.started = started;
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

	/** How many assessments there are to compare; -1 while the draft compiles. */
	public int total() {
		return total;
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

	void total(int total) {
		this.total = total;
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
