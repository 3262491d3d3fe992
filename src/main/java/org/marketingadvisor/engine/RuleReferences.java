package org.marketingadvisor.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.SourceFile;

/**
 * The ids a rule set names, read from the rules as {@link RuleSafety} accepted them
 * (Drools' own parse, not the text): questions and options it matches, findings and
 * recommendations it derives, findings it reacts to. Lets start-up and tests refuse a
 * rule that names an id the knowledge base lacks, before any answer reaches it.
 */
public final class RuleReferences {

	private final Set<String> questions = new LinkedHashSet<>();

	private final Set<String> findingsProduced = new LinkedHashSet<>();

	private final Set<String> recommendationsProduced = new LinkedHashSet<>();

	private final Set<String> findingsMatched = new LinkedHashSet<>();

	private final List<Problem> problems = new ArrayList<>();

	private RuleReferences() {
	}

	/**
	 * Reads the files and checks every id against the knowledge base; files that the
	 * safety check refuses name nothing here (their problems are the check's).
	 */
	public static RuleReferences scan(List<SourceFile> drlFiles, KnowledgeBase kb) {
		return of(RuleSafety.read(drlFiles).rules(), kb);
	}

	/** The ids the accepted rules name, checked against the knowledge base. */
	public static RuleReferences of(List<DrlRule> rules, KnowledgeBase kb) {
		RuleReferences refs = new RuleReferences();
		for (DrlRule rule : rules) {
			refs.scanRule(rule, kb);
		}
		return refs;
	}

	private void scanRule(DrlRule rule, KnowledgeBase kb) {
		DrlRule where = rule;
		for (DrlRule.Pattern p : rule.patterns()) {
			if (p.type().equals("Answer")) {
				p.equalTo("question").ifPresent(questionId -> answer(where, questionId, p, kb));
			}
			else if (p.type().equals("Finding")) {
				for (DrlRule.Constraint c : p.constraints()) {
					if (c.field().equals("id") && ("==".equals(c.operator()) || "in".equals(c.operator()))) {
						c.values()
							.stream()
							.filter(DrlRule.Value::isString)
							.forEach(v -> matchedFinding(where, v.text(), kb));
					}
				}
			}
		}
		for (DrlRule.Action a : rule.then()) {
			if (!a.inserts()) {
				continue;
			}
			if (a.type().equals("Finding")) {
				findingsProduced.add(a.id());
				if (kb.finding(a.id()).isEmpty()) {
					problems.add(problem(where, "problem.rule.unknown-finding", a.id()));
				}
			}
			else {
				recommendationsProduced.add(a.id());
				if (kb.recommendation(a.id()).isEmpty()) {
					problems.add(problem(where, "problem.rule.unknown-recommendation", a.id()));
				}
			}
		}
	}

	private void answer(DrlRule where, String questionId, DrlRule.Pattern p, KnowledgeBase kb) {
		questions.add(questionId);
		var question = kb.question(questionId);
		if (question.isEmpty()) {
			problems.add(problem(where, "problem.rule.unknown-question", questionId));
			return;
		}
		for (DrlRule.Constraint c : p.constraints()) {
			if (!c.field().equals("value") || c.operator() == null) {
				continue;
			}
			for (DrlRule.Value v : c.values()) {
				if (v.isString() && !valueExists(question.get(), v.text())) {
					problems.add(problem(where, "problem.rule.no-value", questionId, v.text()));
				}
			}
		}
	}

	private void matchedFinding(DrlRule where, String id, KnowledgeBase kb) {
		findingsMatched.add(id);
		if (kb.finding(id).isEmpty()) {
			problems.add(problem(where, "problem.rule.unknown-finding", id));
		}
	}

	private static Problem problem(DrlRule rule, String key, Object... args) {
		return Problem.at(rule.path(), rule.line(), null, key, args);
	}

	/** Numbers have no fixed values: rules match them on {@code number}. */
	private static boolean valueExists(Question q, String value) {
		return q.answerValues().isEmpty() || q.answerValues().contains(value);
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

	public List<Problem> problems() {
		return problems;
	}

}
