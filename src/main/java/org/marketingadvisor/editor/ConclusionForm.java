package org.marketingadvisor.editor;

import java.util.List;

/**
 * The guided editor's form for a finding or recommendation made on the spot, as typed; a
 * refused form shows again as it was, each error next to its field.
 *
 * @param type finding, or anything else for a recommendation
 * @param id the id without its prefix ({@code finding.} or {@code rec.})
 * @param level a finding's severity or a recommendation's priority
 * @param after recommendations this one follows (their ids without prefix)
 * @param action a recommendation's first action
 */
record ConclusionForm(String type, String id, String area, String level, List<String> heuristics, List<String> after,
		Texts title, Texts text, Texts action) {

	static final ConclusionForm EMPTY = new ConclusionForm("recommendation", "", null, "medium", null, null, null, null,
			null);

	ConclusionForm {
		type = "finding".equals(type) ? "finding" : "recommendation";
		id = id == null ? "" : id.strip();
		heuristics = heuristics == null ? List.of() : heuristics.stream().filter(h -> !h.isBlank()).toList();
		after = after == null ? List.of() : after.stream().filter(h -> !h.isBlank()).toList();
		title = title == null ? Texts.EMPTY : title;
		text = text == null ? Texts.EMPTY : text;
		action = action == null ? Texts.EMPTY : action;
	}

	public boolean finding() {
		return "finding".equals(type);
	}

	/** The entry to add, with its full id. */
	GuidedRules.NewConclusion conclusion() {
		return new GuidedRules.NewConclusion(type, (finding() ? "finding." : "rec.") + id, area == null ? "" : area,
				level == null ? "" : level, heuristics, after, title.present(), text.present(), action.present());
	}

}
