package org.marketingadvisor.lint;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.springframework.stereotype.Service;

/**
 * The full lint of a draft (errors and the sampled warnings), computed once per content:
 * the sampled checks take a second or two, and a draft's page is opened again and again.
 */
@Service
public class DraftLints {

	/** How many reports are kept before the cache starts afresh. */
	static final int KEPT = 20;

	private final VersionStore store;

	/** Lint reports by content hash. */
	private final Map<String, RuleLinter.Report> lints = new ConcurrentHashMap<>();

	DraftLints(VersionStore store) {
		this.store = store;
	}

	/** The draft's report; empty when the draft does not build. */
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
