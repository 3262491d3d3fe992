package org.marketingadvisor.ruleset;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.marketingadvisor.engine.RuleReferences;
import org.marketingadvisor.engine.RuleSafety;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.KnowledgeBaseException;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.marketingadvisor.knowledge.Problem;
import org.springframework.stereotype.Component;

/**
 * What a save checks before it answers: everything building does short of compiling (the
 * knowledge base loads and is valid, every rule file passes Drools' parser and the safety
 * check, every id a rule names exists). It takes a fraction of a second; compiling, the
 * linter and the scenarios follow in the background ({@link DraftChecks}).
 */
@Component
class QuickCheck {

	/**
	 * Knowledge bases loaded lately, by the hash of their files: most saves change rules
	 * only.
	 */
	private final Map<String, KnowledgeBase> knowledgeBases = new ConcurrentHashMap<>();

	List<Problem> problems(Content content) {
		KnowledgeBase kb;
		String kbHash = kbHash(content);
		try {
			kb = knowledgeBases.get(kbHash);
			if (kb == null) {
				kb = KnowledgeBaseLoader.load(content.knowledgeBaseFiles());
				if (knowledgeBases.size() > 4) {
					knowledgeBases.clear();
				}
				knowledgeBases.put(kbHash, kb);
			}
		}
		catch (KnowledgeBaseException ex) {
			return Problems.of(ex);
		}
		var ruleFiles = content.ruleFiles();
		if (ruleFiles.isEmpty()) {
			return List.of(Problem.in(null, "problem.rule.no-files"));
		}
		try {
			RuleSafety.Checked checked = RuleSafety.read(ruleFiles);
			if (!checked.safe()) {
				return checked.problems();
			}
			return RuleReferences.of(checked.rules(), kb).problems();
		}
		catch (RuntimeException ex) {
			return Problems.of(ex);
		}
	}

	private static String kbHash(Content content) {
		java.util.TreeMap<String, String> kb = new java.util.TreeMap<>(content.files());
		kb.keySet().removeIf(p -> !p.startsWith(Content.KNOWLEDGE_BASE));
		return new Content(kb).hash();
	}

}
