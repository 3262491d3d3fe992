package org.marketingadvisor.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.knowledge.SourceFile;

/**
 * The ids a rule set names, read from the DRL text: questions and options it matches,
 * findings and recommendations it derives, findings it reacts to. Lets start-up and tests
 * refuse a rule that names an id the knowledge base lacks, before any answer reaches it.
 */
public final class RuleReferences {

	private static final Pattern ANSWER = Pattern.compile("\\bAnswer\\s*\\(([^)]*)");

	private static final Pattern QUESTION = Pattern.compile("question\\s*==\\s*\"([^\"]+)\"");

	private static final Pattern VALUE_EQ = Pattern.compile("value\\s*(?:==|!=)\\s*\"([^\"]+)\"");

	private static final Pattern VALUE_IN = Pattern.compile("value\\s+(?:not\\s+)?in\\s*\\(([^)]*)");

	private static final Pattern NEW_FINDING = Pattern.compile("new\\s+Finding\\s*\\(\\s*\"([^\"]+)\"");

	private static final Pattern NEW_RECOMMENDATION = Pattern.compile("new\\s+Recommendation\\s*\\(\\s*\"([^\"]+)\"");

	private static final Pattern FINDING_PATTERN = Pattern.compile("(?<!new\\s)\\bFinding\\s*\\(([^)]*)");

	private static final Pattern ID_EQ = Pattern.compile("id\\s*==\\s*\"([^\"]+)\"");

	private static final Pattern ID_IN = Pattern.compile("id\\s+in\\s*\\(([^)]*)");

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

	private final Set<String> questions = new LinkedHashSet<>();

	private final Set<String> findingsProduced = new LinkedHashSet<>();

	private final Set<String> recommendationsProduced = new LinkedHashSet<>();

	private final Set<String> findingsMatched = new LinkedHashSet<>();

	private final List<String> problems = new ArrayList<>();

	private RuleReferences() {
	}

	/** Scans the files and checks every id against the knowledge base. */
	public static RuleReferences scan(List<SourceFile> drlFiles, KnowledgeBase kb) {
		RuleReferences refs = new RuleReferences();
		for (SourceFile file : drlFiles) {
			String[] lines = withoutComments(file.text()).split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				refs.scanLine("rules/" + file.path() + ":" + (i + 1), lines[i], kb);
			}
		}
		return refs;
	}

	/**
	 * The DRL with line and block comments blanked out, line breaks kept (so line numbers
	 * stay right).
	 */
	public static String withoutComments(String drl) {
		StringBuilder out = new StringBuilder(drl.length());
		boolean block = false;
		for (String line : drl.split("\n", -1)) {
			StringBuilder kept = new StringBuilder();
			int i = 0;
			while (i < line.length()) {
				if (block) {
					int end = line.indexOf("*/", i);
					if (end < 0) {
						i = line.length();
					}
					else {
						block = false;
						i = end + 2;
					}
				}
				else if (line.startsWith("/*", i)) {
					block = true;
					i += 2;
				}
				else if (line.startsWith("//", i)) {
					i = line.length();
				}
				else {
					kept.append(line.charAt(i++));
				}
			}
			out.append(kept).append('\n');
		}
		return out.toString();
	}

	private void scanLine(String where, String line, KnowledgeBase kb) {
		Matcher answer = ANSWER.matcher(line);
		while (answer.find()) {
			String constraints = answer.group(1);
			Matcher q = QUESTION.matcher(constraints);
			if (!q.find()) {
				continue;
			}
			String questionId = q.group(1);
			questions.add(questionId);
			var question = kb.question(questionId);
			if (question.isEmpty()) {
				problems.add(where + ": unknown question '" + questionId + "'");
				continue;
			}
			List<String> values = new ArrayList<>();
			Matcher eq = VALUE_EQ.matcher(constraints);
			while (eq.find()) {
				values.add(eq.group(1));
			}
			Matcher in = VALUE_IN.matcher(constraints);
			while (in.find()) {
				Matcher quoted = QUOTED.matcher(in.group(1));
				while (quoted.find()) {
					values.add(quoted.group(1));
				}
			}
			for (String value : values) {
				if (!valueExists(question.get(), value)) {
					problems.add(where + ": question '" + questionId + "' has no answer value '" + value + "'");
				}
			}
		}
		collect(NEW_FINDING.matcher(line), findingsProduced, where, id -> kb.finding(id).isPresent(), "finding");
		collect(NEW_RECOMMENDATION.matcher(line), recommendationsProduced, where,
				id -> kb.recommendation(id).isPresent(), "recommendation");
		Matcher finding = FINDING_PATTERN.matcher(line);
		while (finding.find()) {
			String constraints = finding.group(1);
			Matcher eq = ID_EQ.matcher(constraints);
			while (eq.find()) {
				matchedFinding(where, eq.group(1), kb);
			}
			Matcher in = ID_IN.matcher(constraints);
			while (in.find()) {
				Matcher quoted = QUOTED.matcher(in.group(1));
				while (quoted.find()) {
					matchedFinding(where, quoted.group(1), kb);
				}
			}
		}
	}

	private void matchedFinding(String where, String id, KnowledgeBase kb) {
		findingsMatched.add(id);
		if (kb.finding(id).isEmpty()) {
			problems.add(where + ": unknown finding '" + id + "'");
		}
	}

	private void collect(Matcher m, Set<String> into, String where, java.util.function.Predicate<String> exists,
			String kind) {
		while (m.find()) {
			into.add(m.group(1));
			if (!exists.test(m.group(1))) {
				problems.add(where + ": unknown " + kind + " '" + m.group(1) + "'");
			}
		}
	}

	private static boolean valueExists(Question q, String value) {
		if (q.type() == QuestionType.YES_NO) {
			return value.equals("yes") || value.equals("no");
		}
		if (q.type().hasOptions()) {
			return q.option(value).isPresent();
		}
		return true;
	}

	public Set<String> questions() {
		return questions;
	}

	public Set<String> findingsProduced() {
		return findingsProduced;
	}

	public Set<String> recommendationsProduced() {
		return recommendationsProduced;
	}

	public Set<String> findingsMatched() {
		return findingsMatched;
	}

	public List<String> problems() {
		return problems;
	}

}
