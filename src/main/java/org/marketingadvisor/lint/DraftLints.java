package org.marketingadvisor.lint;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The full lint of a draft (errors and the sampled warnings), computed once per content:
 * the sampled checks take a second or two, and a draft's page is opened again and again,
 * so the page asks for it without waiting ({@link #status}) and it is computed in the
 * background.
 */
@Service
public class DraftLints implements DisposableBean {

	/** A draft's lint as its page shows it: the report, or that it is being computed. */
	public record Status(RuleLinter.Report report, boolean pending) {
	}

	/** How many reports are kept before the cache starts afresh. */
	static final int KEPT = 20;

	private final VersionStore store;

	/** Lint reports by content hash. */
	private final Map<String, RuleLinter.Report> lints = new ConcurrentHashMap<>();

	/** Content hashes whose lint is queued or running. */
	private final Set<String> computing = ConcurrentHashMap.newKeySet();

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "draft-lint");
		t.setDaemon(true);
		t.setPriority(Thread.MIN_PRIORITY);
		return t;
	});

	DraftLints(VersionStore store) {
		this.store = store;
	}

	/**
	 * The draft's report if it is ready; otherwise it is computed in the background and
	 * the status says it is pending. Nothing when the draft does not build.
	 */
	public Status status(UUID id) {
		Version version = store.byId(id).orElse(null);
		if (version == null || !version.valid()) {
			return new Status(null, false);
		}
		RuleLinter.Report cached = lints.get(version.contentHash());
		if (cached != null) {
			return new Status(cached, false);
		}
		if (computing.add(version.contentHash())) {
			runner.submit(() -> {
				try {
					lint(id);
				}
				finally {
					computing.remove(version.contentHash());
				}
			});
		}
		return new Status(null, true);
	}

	@Override
	public void destroy() {
		runner.shutdownNow();
	}

	/** The draft's report, waiting for it; empty when the draft does not build. */
	public Optional<RuleLinter.Report> lint(UUID id) {
		Version version = store.byId(id).orElse(null);
		if (version == null || !version.valid()) {
			return Optional.empty();
		}
		RuleLinter.Report cached = lints.get(version.contentHash());
		if (cached != null) {
			return Optional.of(cached);
		}
		Content content = store.content(id);
		try {
			RuleSet built = content.build(1);
			RuleLinter.Report report = RuleLinter.lint(built, content, RuleLinter.SAMPLE_SIZE, 1);
			if (lints.size() > KEPT) {
				lints.clear();
			}
			lints.put(version.contentHash(), report);
			return Optional.of(report);
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
