package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.List;

import org.marketingadvisor.knowledge.Document;
import org.marketingadvisor.knowledge.Heuristic;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.FormFields.Choice;

/**
 * What a source picker offers: heuristics grouped by their document's title, each named
 * by the start of its paraphrase and its place in the document, in the page's language.
 */
final class SourceChoices {

	private static final int SHORT = 140;

	private SourceChoices() {
	}

	/** One document's heuristics, for an {@code optgroup}. */
	record Group(String label, List<Choice> choices) {
	}

	static List<Group> heuristics(KnowledgeBase kb, Lang lang) {
		List<Group> groups = new ArrayList<>();
		for (Document d : kb.documents()) {
			List<Choice> choices = kb.heuristics()
				.stream()
				.filter(h -> h.document().equals(d.id()))
				.map(h -> new Choice(h.id(), label(h, lang)))
				.toList();
			if (!choices.isEmpty()) {
				groups.add(new Group(title(d, lang), choices));
			}
		}
		return groups;
	}

	static String title(Document d, Lang lang) {
		return d.titles() != null ? d.titles().get(lang) : d.title();
	}

	static String label(Heuristic h, Lang lang) {
		String text = h.text().get(lang);
		if (text.length() > SHORT) {
			int cut = text.lastIndexOf(' ', SHORT);
			text = text.substring(0, cut > 0 ? cut : SHORT) + "…";
		}
		return text + " (" + h.place().get(lang) + ")";
	}

}
