package org.marketingadvisor.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marketingadvisor.assessment.VersionKnowledge;
import org.marketingadvisor.engine.DrlRule;
import org.marketingadvisor.engine.RuleSafety;
import org.marketingadvisor.engine.RuleWords;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.web.Messages;
import org.springframework.stereotype.Component;

/**
 * The rules of a rule-set version in words, for the consultants' view of a report: a
 * result names the rule that produced it by its working name, which is English; the
 * report shows that rule's sentence in the report's language instead, read from the
 * version's own rules. Kept for a few versions, since reading the rules takes a moment.
 */
@Component
class RuleSentences {

	static final int CACHED_VERSIONS = 8;

	private final VersionKnowledge versions;

	private final Messages messages;

	/** Each version's rules as phrases, by rule name. */
	private final Map<String, Map<String, Problem>> cache = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Map<String, Problem>> eldest) {
			return size() > CACHED_VERSIONS;
		}

	};

	RuleSentences(VersionKnowledge versions, Messages messages) {
		this.versions = versions;
		this.messages = messages;
	}

	/**
	 * The sentences of the version's rules in the language, by rule name; empty when the
	 * version's rules are unknown.
	 */
	Map<String, String> of(String rulesetVersion, KnowledgeBase kb, Lang lang) {
		Map<String, Problem> phrases;
		synchronized (cache) {
			phrases = cache.get(rulesetVersion);
		}
		if (phrases == null) {
			phrases = new LinkedHashMap<>();
			List<DrlRule> rules = versions.ruleFiles(rulesetVersion)
				.map(files -> RuleSafety.read(files).rules())
				.orElse(List.of());
			for (DrlRule rule : rules) {
				phrases.put(rule.name(), RuleWords.sentence(rule, kb));
			}
			synchronized (cache) {
				cache.put(rulesetVersion, phrases);
			}
		}
		Map<String, String> words = new LinkedHashMap<>();
		phrases.forEach((name, p) -> words.put(name, messages.get(lang, p.key(), p.getArguments())));
		return words;
	}

}
