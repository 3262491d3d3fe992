package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.marketingadvisor.engine.DrlSentences;
import org.marketingadvisor.engine.RuleSentence;
import org.marketingadvisor.engine.RuleWords;
import org.marketingadvisor.knowledge.Area;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.scenario.RuleSentences;
import org.marketingadvisor.web.Messages;
import org.springframework.stereotype.Service;

/**
 * A draft's rules in words, grouped by the area of what they conclude (in the order of
 * {@code areas.yaml}): each rule as its sentence in the page's language, made from the
 * guided editor's description where the rule has one, else from its DRL as Drools' parser
 * read it. Rule names (the authors' working names) are never what a page shows for a
 * rule.
 */
@Service
class RuleBook implements RuleSentences {

	private final GuidedRules guided;

	private final VersionStore store;

	private final Messages messages;

	RuleBook(GuidedRules guided, VersionStore store, Messages messages) {
		this.guided = guided;
		this.store = store;
		this.messages = messages;
	}

	/** The same words for the scenario pages. */
	@Override
	public Map<String, String> of(UUID draft, Lang lang) {
		return sentences(draft, Drafts.knowledgeBase(store, draft), lang);
	}

	/**
	 * One rule: what the lists link to (its name), its parts, and its sentence in words.
	 */
	record Line(GuidedRules.Listed listed, RuleSentence parts, String sentence) {

		public boolean editable() {
			return listed.guided().isPresent();
		}

	}

	/** The rules of one area; {@code id} empty for rules whose conclusion has no area. */
	record AreaRules(String id, String title, List<Line> rules) {
	}

	/** The rule's parts: from its guided description when it has one. */
	static RuleSentence parts(GuidedRules.Read read) {
		return read.listed().guided().map(GuidedRule::sentence).orElseGet(() -> DrlSentences.of(read.rule()));
	}

	/** Every rule of the draft in words, grouped by area. */
	List<AreaRules> byArea(UUID draft, KnowledgeBase kb, Lang lang) {
		Map<String, List<Line>> lines = new LinkedHashMap<>();
		kb.areas().forEach(a -> lines.put(a.id(), new ArrayList<>()));
		lines.put("", new ArrayList<>());
		for (GuidedRules.Read read : guided.read(draft)) {
			RuleSentence parts = parts(read);
			String area = parts.area(kb).filter(lines::containsKey).orElse("");
			lines.get(area).add(new Line(read.listed(), parts, words(RuleWords.sentence(parts, kb), lang)));
		}
		List<AreaRules> out = new ArrayList<>();
		lines.forEach((area, rules) -> {
			if (!rules.isEmpty()) {
				String title = area.isEmpty() ? messages.get(lang, "rules.area.none")
						: kb.area(area).map(Area::title).map(t -> t.get(lang)).orElse(area);
				out.add(new AreaRules(area, title, List.copyOf(rules)));
			}
		});
		return out;
	}

	/** Every rule of the draft in words, by its name: for lists that name rules. */
	Map<String, String> sentences(UUID draft, KnowledgeBase kb, Lang lang) {
		Map<String, String> out = new LinkedHashMap<>();
		for (GuidedRules.Read read : guided.read(draft)) {
			out.putIfAbsent(read.listed().name(), words(RuleWords.sentence(parts(read), kb), lang));
		}
		return out;
	}

	/** One rule of the draft in words, by its name. */
	Optional<Line> line(UUID draft, String name, KnowledgeBase kb, Lang lang) {
		return guided.read(draft).stream().filter(r -> r.listed().name().equals(name)).findFirst().map(read -> {
			RuleSentence parts = parts(read);
			return new Line(read.listed(), parts, words(RuleWords.sentence(parts, kb), lang));
		});
	}

	/** A phrase in the page's language. */
	String words(Problem phrase, Lang lang) {
		return messages.get(lang, phrase.key(), phrase.getArguments());
	}

}
