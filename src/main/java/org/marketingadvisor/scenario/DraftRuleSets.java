package org.marketingadvisor.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.ruleset.Content;
import org.springframework.stereotype.Component;

/**
 * Drafts' rule sets as built, by the content they are built from (the rules and the
 * knowledge base, not the scenarios): writing or running scenarios changes no rule, so
 * the seconds of compiling are spent once per rule change, not once per scenario saved.
 */
@Component
class DraftRuleSets {

	/** How many built rule sets are kept (each holds a compiled KieBase). */
	static final int KEPT = 3;

	private final Map<String, RuleSet> built = new LinkedHashMap<>(KEPT + 1, 0.75f, true);

	/**
	 * The content's rule set, built now unless it is kept; throws when it does not build.
	 */
	RuleSet build(Content content) {
		String key = key(content);
		Optional<RuleSet> kept = kept(key);
		if (kept.isPresent()) {
			return kept.get();
		}
		RuleSet ruleSet = content.build(1);
		synchronized (built) {
			built.put(key, ruleSet);
			while (built.size() > KEPT) {
				built.remove(built.keySet().iterator().next());
			}
		}
		return ruleSet;
	}

	private Optional<RuleSet> kept(String key) {
		synchronized (built) {
			return Optional.ofNullable(built.get(key));
		}
	}

	/** The hash of everything but the scenario files. */
	static String key(Content content) {
		Map<String, String> rules = new TreeMap<>(content.files());
		rules.keySet()
			.removeIf(path -> path.startsWith(Content.RULES)
					&& Content.isScenarioFile(path.substring(Content.RULES.length())));
		return new Content(new TreeMap<>(rules)).hash();
	}

}
