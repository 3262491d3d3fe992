package org.marketingadvisor.ruleset;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The full check of drafts (build, then every {@link PublishCheck}: the linter's errors,
 * the scenarios), off the request threads, one draft at a time: a save answers after the
 * {@link QuickCheck}, and the draft's page says "checking" until this has run on its
 * content. A check whose draft changed meanwhile is not recorded; the next one is queued.
 */
@Component
class DraftChecks implements DisposableBean {

	private static final Log log = LogFactory.getLog(DraftChecks.class);

	private final VersionStore store;

	private final PublishGate gate;

	/** Drafts waiting for a check (not yet started): a draft is queued once. */
	private final Map<UUID, Boolean> queued = new ConcurrentHashMap<>();

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "draft-check");
		t.setDaemon(true);
		t.setPriority(Thread.MIN_PRIORITY);
		return t;
	});

	DraftChecks(VersionStore store, PublishGate gate) {
		this.store = store;
		this.gate = gate;
	}

	/** Queues the full check of a draft, unless it is queued already. */
	void schedule(UUID id) {
		if (queued.putIfAbsent(id, Boolean.TRUE) == null) {
			runner.submit(() -> {
				queued.remove(id);
				check(id);
			});
		}
	}

	/** Waits until every queued check has run (for tests and benchmarks). */
	void awaitIdle(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			do {
				runner.submit(() -> {
				}).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
			}
			while (!queued.isEmpty() && System.nanoTime() < deadline);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Draft checks did not finish in " + timeout, ex);
		}
	}

	private void check(UUID id) {
		try {
			Version draft = store.byId(id).orElse(null);
			if (draft == null || !draft.checking()) {
				return;
			}
			Content content = store.content(id);
			long start = System.nanoTime();
			List<Problem> problems = gate.check(content);
			store.setChecked(id, content.hash(), problems);
			log.debug("Draft " + id + " checked in " + (System.nanoTime() - start) / 1_000_000 + " ms: "
					+ problems.size() + " problem(s)");
		}
		catch (RuntimeException | StackOverflowError ex) {
			log.error("Full check of draft " + id + " failed", ex);
			store.setChecked(id, store.byId(id).map(Version::contentHash).orElse(""), List
				.of(Problem.in(null, "problem.build", ex.getClass().getSimpleName(), String.valueOf(ex.getMessage()))));
		}
	}

	@Override
	public void destroy() {
		runner.shutdownNow();
	}

}
