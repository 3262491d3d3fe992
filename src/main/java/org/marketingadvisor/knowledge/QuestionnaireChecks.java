package org.marketingadvisor.knowledge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The questionnaire of the knowledge base: sections and questions with their ids, types,
 * options and ranges, and conditions that point to an earlier question with a compatible
 * answer.
 */
final class QuestionnaireChecks {

	private static final Pattern QUESTION_ID = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

	private static final String FILE = KnowledgeBaseLoader.QUESTIONNAIRE;

	private final KnowledgeChecks checks;

	QuestionnaireChecks(KnowledgeChecks checks) {
		this.checks = checks;
	}

	void check() {
		Set<String> sectionIds = new HashSet<>();
		Map<String, Question> earlier = new HashMap<>();
		for (Section section : checks.kb().sections()) {
			Problem where = KnowledgeChecks.subject("section", section.id());
			if (section.id() == null || !KnowledgeBaseValidator.ID_PART.matcher(section.id()).matches()) {
				checks.add(FILE, where, "problem.kb.id-words");
			}
			else if (!sectionIds.add(section.id())) {
				checks.add(FILE, where, "problem.kb.duplicate-id");
			}
			checks.text(FILE, where, "title", section.title());
			checks.text(FILE, where, "intro", section.intro());
			if (section.questions().isEmpty()) {
				checks.add(FILE, where, "problem.kb.no-questions");
			}
			for (Question q : section.questions()) {
				question(q, earlier);
				if (q.id() != null) {
					earlier.putIfAbsent(q.id(), q);
				}
			}
		}
		if (earlier.isEmpty()) {
			checks.add(FILE, "", "problem.kb.no-questions");
		}
	}

	private void question(Question q, Map<String, Question> earlier) {
		Problem where = KnowledgeChecks.subject("question", q.id());
		if (q.id() == null || !QUESTION_ID.matcher(q.id()).matches()) {
			checks.add(FILE, where, "problem.kb.question-id");
		}
		else if (earlier.containsKey(q.id())) {
			checks.add(FILE, where, "problem.kb.duplicate-id");
		}
		if (q.type() == null) {
			checks.add(FILE, where, "problem.kb.type-missing");
			return;
		}
		if (q.required() == null) {
			checks.add(FILE, where, "problem.kb.required-missing");
		}
		checks.text(FILE, where, "text", q.text());
		checks.text(FILE, where, "help", q.help());
		if (q.type().hasOptions()) {
			options(q, where);
		}
		else if (!q.options().isEmpty()) {
			checks.add(FILE, where, "problem.kb.options-not-allowed");
		}
		if (q.type().numeric()) {
			if (q.type() == QuestionType.SCALE && (q.min() == null || q.max() == null)) {
				checks.add(FILE, where, "problem.kb.scale-range");
			}
			if (q.min() != null && q.max() != null && q.min() > q.max()) {
				checks.add(FILE, where, "problem.kb.min-max");
			}
			if (q.type() == QuestionType.SCALE) {
				checks.text(FILE, where, "minLabel", q.minLabel());
				checks.text(FILE, where, "maxLabel", q.maxLabel());
			}
		}
		else if (q.min() != null || q.max() != null) {
			checks.add(FILE, where, "problem.kb.range-not-allowed");
		}
		if (q.unit() != null) {
			checks.text(FILE, where, "unit", q.unit());
		}
		if (q.condition() != null) {
			condition(where, q.condition(), earlier);
		}
	}

	private void options(Question q, Problem where) {
		if (q.options().size() < 2) {
			checks.add(FILE, where, "problem.kb.few-options", q.type().code());
		}
		Set<String> optionIds = new HashSet<>();
		for (Option o : q.options()) {
			if (o.id() == null || !KnowledgeBaseValidator.ID_PART.matcher(o.id()).matches()) {
				checks.add(FILE, where, "problem.kb.option-id", o.id());
			}
			else if (!optionIds.add(o.id())) {
				checks.add(FILE, where, "problem.kb.duplicate-option", o.id());
			}
			checks.text(FILE, KnowledgeChecks.subject("option", q.id(), o.id()), "label", o.label());
			if (o.isExclusive() && q.type() != QuestionType.MULTIPLE) {
				checks.add(FILE, where, "problem.kb.exclusive", o.id());
			}
		}
	}

	private void condition(Problem where, Condition c, Map<String, Question> earlier) {
		Question target = earlier.get(c.question());
		if (target == null) {
			checks.add(FILE, where, "problem.kb.condition-target", c.question());
			return;
		}
		int set = (c.equals() != null ? 1 : 0) + (c.anyOf() != null ? 1 : 0) + (c.min() != null ? 1 : 0);
		if (set != 1) {
			checks.add(FILE, where, "problem.kb.condition-one");
			return;
		}
		if (c.equals() != null && target.type() != QuestionType.YES_NO) {
			checks.add(FILE, where, "problem.kb.condition-equals", c.question(), target.type().code());
		}
		if (c.anyOf() != null) {
			if (!target.type().hasOptions()) {
				checks.add(FILE, where, "problem.kb.condition-any-of", c.question(), target.type().code());
			}
			else {
				for (String option : c.anyOf()) {
					if (target.option(option).isEmpty()) {
						checks.add(FILE, where, "problem.kb.condition-option", option, c.question());
					}
				}
			}
		}
		if (c.min() != null && !target.type().numeric()) {
			checks.add(FILE, where, "problem.kb.condition-min", c.question(), target.type().code());
		}
	}

}
