package org.marketingadvisor.ruleset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marketingadvisor.assessment.VersionKnowledge;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.marketingadvisor.knowledge.SourceFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Knowledge bases of stored versions, loaded from the content kept in the database. The
 * live version's is the one already compiled; the others are kept in a small LRU cache,
 * since most reports opened are of a handful of recent versions and a knowledge base
 * takes a moment to load and validate.
 */
@Component
class StoredVersionKnowledge implements VersionKnowledge {

	private static final Log log = LogFactory.getLog(StoredVersionKnowledge.class);

	/** How many versions' knowledge bases stay loaded besides the live one. */
	static final int CACHED_VERSIONS = 16;

	private final VersionStore store;

	private final RuleEngine engine;

	/**
	 * By rule-set hash; an empty value remembers content that no longer loads, so it is
	 * not read again on every view.
	 */
	private final Map<String, Optional<KnowledgeBase>> cache;

	@Autowired
	StoredVersionKnowledge(VersionStore store, RuleEngine engine) {
		this(store, engine, CACHED_VERSIONS);
	}

	StoredVersionKnowledge(VersionStore store, RuleEngine engine, int capacity) {
		this.store = store;
		this.engine = engine;
		this.cache = new LinkedHashMap<>(capacity, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Optional<KnowledgeBase>> eldest) {
				return size() > capacity;
			}

		};
	}

	@Override
	public Optional<KnowledgeBase> knowledgeBase(String rulesetVersion) {
		if (rulesetVersion == null || rulesetVersion.isBlank()) {
			return Optional.empty();
		}
		RuleSet live = engine.current();
		if (live.version().equals(rulesetVersion)) {
			return Optional.of(live.knowledgeBase());
		}
		synchronized (cache) {
			Optional<KnowledgeBase> cached = cache.get(rulesetVersion);
			if (cached != null) {
				return cached;
			}
		}
		// loaded outside the lock: a second request for the same version at worst loads
		// it twice, and views of other versions never wait for it
		Optional<Content> content = store.contentOfRuleset(rulesetVersion);
		if (content.isEmpty()) {
			// nothing to remember: an unknown version stays unknown, and the lookup is
			// one
			// query
			return Optional.empty();
		}
		Optional<KnowledgeBase> loaded = load(rulesetVersion, content.get());
		synchronized (cache) {
			cache.putIfAbsent(rulesetVersion, loaded);
			return cache.get(rulesetVersion);
		}
	}

	@Override
	public Optional<List<SourceFile>> ruleFiles(String rulesetVersion) {
		if (rulesetVersion == null || rulesetVersion.isBlank()) {
			return Optional.empty();
		}
		return store.contentOfRuleset(rulesetVersion).map(Content::ruleFiles);
	}

	private static Optional<KnowledgeBase> load(String rulesetVersion, Content content) {
		try {
			return Optional.of(KnowledgeBaseLoader.load(content.knowledgeBaseFiles()));
		}
		catch (RuntimeException ex) {
			log.warn("The knowledge base of rule-set version " + rulesetVersion
					+ " no longer loads with this application; its reports use the live one: " + ex.getMessage());
			return Optional.empty();
		}
	}

	/** How many versions are cached now (for tests). */
	int cached() {
		synchronized (cache) {
			return cache.size();
		}
	}

}
