package org.marketingadvisor.ruleset;

import java.util.Collection;
import java.util.List;

/**
 * What a change of a draft was, for its history: a message key ({@code history.*}) and
 * its arguments, in no language; the page words it in its own.
 *
 * @param key the message key
 * @param args the key's arguments (a rule's name, a question's id), never sentences
 */
public record DraftEdit(String key, List<String> args) {

	/** The longest argument kept, so that a description stays one line. */
	static final int MAX_ARG = 200;

	public DraftEdit {
		args = args.stream().map(a -> a.length() <= MAX_ARG ? a : a.substring(0, MAX_ARG - 1) + "…").toList();
	}

	public static DraftEdit of(String key, String... args) {
		return new DraftEdit(key, List.of(args));
	}

	/**
	 * What a save of these files was, when the editor did not say: the questionnaire, the
	 * knowledge base, the scenarios, guided rules, or files by name.
	 */
	static DraftEdit forPaths(Collection<String> paths) {
		if (paths.stream().allMatch(p -> p.equals(Content.KNOWLEDGE_BASE + "questionnaire.yaml"))) {
			return of("history.questionnaire");
		}
		if (paths.stream().allMatch(p -> p.startsWith(Content.KNOWLEDGE_BASE))) {
			return of("history.knowledge");
		}
		if (paths.stream().allMatch(p -> Content.isScenarioFile(p.substring(Math.min(p.length(), 6))))) {
			return of("history.scenarios");
		}
		if (paths.stream().allMatch(p -> p.endsWith("/guided.drl"))) {
			return of("history.guided");
		}
		return of("history.files");
	}

}
