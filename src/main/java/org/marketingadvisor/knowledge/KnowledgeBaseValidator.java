package org.marketingadvisor.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks what the YAML parser cannot: required fields, complete translations, id formats,
 * unique ids, references between files, the order of recommendations being acyclic and
 * question conditions pointing to earlier questions with compatible answers. The sources
 * (documents, heuristics, tensions, areas) are checked here; findings and recommendations
 * by {@link FindingChecks}, the questionnaire by {@link QuestionnaireChecks}, scoring by
 * {@link ScoringChecks}.
 */
final class KnowledgeBaseValidator {

	static final Pattern ID_PART = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final KnowledgeBase kb;

	private final KnowledgeChecks checks;

	KnowledgeBaseValidator(KnowledgeBase kb) {
		this.kb = kb;
		this.checks = new KnowledgeChecks(kb);
	}

	List<Problem> validate() {
		documents();
		heuristics();
		tensions();
		areas();
		new FindingChecks(checks).check();
		new QuestionnaireChecks(checks).check();
		new ScoringChecks(checks).check();
		return checks.problems();
	}

	private void documents() {
		String file = KnowledgeBaseLoader.DOCUMENTS;
		Set<String> ids = new HashSet<>();
		for (Document d : kb.documents()) {
			Problem where = KnowledgeChecks.subject("document", d.id());
			checks.id(file, where, d.id(), "doc.", ids);
			checks.required(file, where, "seed", d.seed());
			checks.required(file, where, "title", d.title());
			checks.text(file, where, "titles", d.titles());
			checks.required(file, where, "publisher", d.publisher());
			if (d.publishers() != null) {
				checks.text(file, where, "publishers", d.publishers());
			}
			checks.required(file, where, "language", d.language());
			if (d.date() != null) {
				try {
					LocalDate.parse(d.date());
				}
				catch (DateTimeParseException ex) {
					checks.add(file, where, "problem.kb.bad-date", d.date());
				}
			}
			checks.text(file, where, "dateNote", d.dateNote());
			checks.text(file, where, "summary", d.summary());
		}
		if (kb.documents().isEmpty()) {
			checks.addToFile(file, "problem.kb.no-documents");
		}
	}

	private void heuristics() {
		String file = KnowledgeBaseLoader.HEURISTICS;
		Set<String> ids = new HashSet<>();
		for (Heuristic h : kb.heuristics()) {
			Problem where = KnowledgeChecks.subject("heuristic", h.id());
			checks.id(file, where, h.id(), "h.", ids);
			checks.reference(file, where, "document", h.document(), kb.document(h.document()).isPresent());
			if (h.diagnosable() == null) {
				checks.add(file, where, "problem.kb.diagnosable-missing");
			}
			checks.text(file, where, "place", h.place());
			checks.text(file, where, "text", h.text());
		}
		for (Document d : kb.documents()) {
			if (kb.heuristics().stream().noneMatch(h -> d.id().equals(h.document()))) {
				checks.addToFile(file, "problem.kb.document-without-heuristic", d.id());
			}
		}
	}

	private void tensions() {
		String file = KnowledgeBaseLoader.TENSIONS;
		Set<String> ids = new HashSet<>();
		for (Tension t : kb.tensions()) {
			Problem where = KnowledgeChecks.subject("tension", t.id());
			checks.id(file, where, t.id(), "t.", ids);
			checks.heuristicRefs(file, where, t.heuristics());
			if (t.heuristics() != null && t.heuristics().size() < 2) {
				checks.add(file, where, "problem.kb.tension-heuristics");
			}
			checks.text(file, where, "title", t.title());
			checks.text(file, where, "text", t.text());
			checks.text(file, where, "reconciliation", t.reconciliation());
		}
	}

	private void areas() {
		String file = KnowledgeBaseLoader.AREAS;
		Set<String> ids = new HashSet<>();
		for (Area a : kb.areas()) {
			Problem where = KnowledgeChecks.subject("area", a.id());
			if (a.id() == null || !ID_PART.matcher(a.id()).matches()) {
				checks.add(file, where, "problem.kb.id-words");
			}
			else if (!ids.add(a.id())) {
				checks.add(file, where, "problem.kb.duplicate-id");
			}
			checks.text(file, where, "title", a.title());
		}
	}

}
