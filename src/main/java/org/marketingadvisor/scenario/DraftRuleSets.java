package org.marketingadvisor.scenario;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.marketingadvisor.engine.DrlRule;
import org.marketingadvisor.engine.RuleSafety;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.engine.RuleWords;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.web.Messages;
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

	/** The rules' sentences as phrases, by rule name, for the same contents. */
	private final Map<String, Map<String, Problem>> sentences = new LinkedHashMap<>(KEPT + 1, 0.75f, true);

	private final Messages messages;

	DraftRuleSets(Messages messages) {
		this.messages = messages;
	}

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

	/**
	 * The sentence of each rule of the content in the language, by rule name (as the
	 * draft's page words them, read from the DRL by Drools' parser): the scenario pages
	 * show a rule by its sentence, its English working name beside it. Rules that cannot
	 * be read have none.
	 */
	Map<String, String> sentences(Content content, Lang lang) {
		String key = key(content);
		Map<String, Problem> phrases;
		synchronized (sentences) {
			phrases = sentences.get(key);
		}
		if (phrases == null) {
			Map<String, Problem> read = new LinkedHashMap<>();
			var kb = build(content).knowledgeBase();
			for (DrlRule rule : RuleSafety.read(content.ruleFiles()).rules()) {
				read.put(rule.name(), RuleWords.sentence(rule, kb));
			}
			phrases = read;
			synchronized (sentences) {
				sentences.put(key, phrases);
				while (sentences.size() > KEPT) {
					sentences.remove(sentences.keySet().iterator().next());
				}
			}
		}
		Map<String, String> words = new LinkedHashMap<>();
		phrases.forEach((name, p) -> words.put(name, messages.get(lang, p.key(), p.getArguments())));
		return words;
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
