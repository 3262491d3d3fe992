package org.marketingadvisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the checks of the knowledge base's parts share: the knowledge base, the problems
 * found so far and the checks every part makes (ids, references, required fields,
 * complete translations). A problem's first argument is its subject ("area owner-role: ",
 * or "" for the file itself), so the bundles say "file: subject: what" in each language.
 */
final class KnowledgeChecks {

	private final KnowledgeBase kb;

	private final List<Problem> problems = new ArrayList<>();

	KnowledgeChecks(KnowledgeBase kb) {
		this.kb = kb;
	}

	KnowledgeBase kb() {
		return kb;
	}

	List<Problem> problems() {
		return problems;
	}

	/** The subject of a problem: {@code problem.kb.subject.<kind>} with its ids. */
	static Problem subject(String kind, Object... ids) {
		return Problem.phrase("problem.kb.subject." + kind, ids);
	}

	/** A problem in a file about a subject. */
	void add(String file, Object subject, String key, Object... args) {
		Object[] all = new Object[args.length + 1];
		all[0] = subject;
		System.arraycopy(args, 0, all, 1, args.length);
		problems.add(Problem.in(file, key, all));
	}

	/** A problem of a file as a whole. */
	void addToFile(String file, String key, Object... args) {
		problems.add(Problem.in(file, key, args));
	}

	void id(String file, Object subject, String id, String prefix, Set<String> seen) {
		if (id == null || !id.startsWith(prefix)
				|| !id.substring(prefix.length()).matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
			add(file, subject, "problem.kb.id-prefix", prefix);
		}
		else if (!seen.add(id)) {
			add(file, subject, "problem.kb.duplicate-id");
		}
	}

	void heuristicRefs(String file, Object subject, List<String> heuristics) {
		if (heuristics == null || heuristics.isEmpty()) {
			add(file, subject, "problem.kb.heuristics-none");
			return;
		}
		for (String h : heuristics) {
			reference(file, subject, "heuristics", h, kb.heuristic(h).isPresent());
		}
	}

	void reference(String file, Object subject, String field, String value, boolean exists) {
		if (value == null) {
			add(file, subject, "problem.kb.missing", field);
		}
		else if (!exists) {
			add(file, subject, "problem.kb.unknown-id", field, value);
		}
	}

	void required(String file, Object subject, String field, String value) {
		if (value == null || value.isBlank()) {
			add(file, subject, "problem.kb.missing", field);
		}
	}

	void text(String file, Object subject, String field, LocalizedText text) {
		if (text == null) {
			add(file, subject, "problem.kb.missing", field);
		}
		else if (!text.complete()) {
			add(file, subject, "problem.kb.translations", field);
		}
	}

	static List<String> nullToEmpty(List<String> list) {
		return list == null ? List.of() : list;
	}

}
