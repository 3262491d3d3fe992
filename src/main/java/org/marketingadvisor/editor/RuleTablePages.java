package org.marketingadvisor.editor;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.marketingadvisor.web.LangLocaleResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * An area's rules as a decision table, for consultants: a row per rule, a column per
 * question and finding the rules test, each cell the condition in words; a guided rule's
 * row opens in the guided form, a rule written in DRL opens for reading.
 */
@Controller
class RuleTablePages {

	static final String VIEW_TABLE = "authoring/rule-table";

	private final VersionStore store;

	private final RuleBook book;

	RuleTablePages(VersionStore store, RuleBook book) {
		this.store = store;
		this.book = book;
	}

	@GetMapping("/consultant/rules/drafts/{id}/areas/{area}")
	String table(@PathVariable UUID id, @PathVariable String area, HttpServletRequest request, Model model) {
		Version draft = Drafts.openDraft(store, id);
		if (!draft.valid()) {
			// rules that do not build cannot be read: the draft's page lists why
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		Lang lang = LangLocaleResolver.current(request);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		List<RuleBook.AreaRules> areas = book.byArea(id, kb, lang);
		RuleBook.AreaRules rules = areas.stream()
			.filter(a -> a.id().equals(area))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("draft", draft);
		model.addAttribute("area", rules);
		model.addAttribute("areas", areas);
		model.addAttribute("table", DecisionTable.of(rules.rules(), kb, lang, p -> book.words(p, lang)));
		return VIEW_TABLE;
	}

}
