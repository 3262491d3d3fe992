package org.marketingadvisor.report;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.marketingadvisor.assessment.Assessment;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.springframework.stereotype.Component;

/**
 * What today's rules would say about a stored assessment: its answers evaluated again by
 * the live rule set and compared with the stored result, which is never changed.
 */
@Component
class Recheck {

	/** A finding or recommendation that would appear or disappear. */
	record Change(String id, String title) {
	}

	/**
	 * The comparison; {@code answersFit} is false when the live questionnaire no longer
	 * accepts the stored answers (then nothing could be evaluated).
	 */
	record Result(String storedVersion, String liveVersion, boolean answersFit, List<Change> newFindings,
			List<Change> goneFindings, List<Change> newRecommendations, List<Change> goneRecommendations) {

		public boolean unchanged() {
			return newFindings.isEmpty() && goneFindings.isEmpty() && newRecommendations.isEmpty()
					&& goneRecommendations.isEmpty();
		}

	}

	private final AssessmentService assessments;

	private final RuleEngine engine;

	private final Reports reports;

	Recheck(AssessmentService assessments, RuleEngine engine, Reports reports) {
		this.assessments = assessments;
		this.engine = engine;
		this.reports = reports;
	}

	Result against(Assessment assessment, Lang lang) {
		RuleSet live = engine.current();
		KnowledgeBase kb = live.knowledgeBase();
		Evaluation stored = assessments.result(assessment);
		AnswerValidator.Result answers = new AnswerValidator(kb, lang).validate(assessments.answers(assessment));
		if (!answers.valid()) {
			return new Result(stored.rulesetVersion(), live.version(), false, List.of(), List.of(), List.of(),
					List.of());
		}
		Evaluation now = live.evaluate(answers.answers());
		Set<String> storedFindings = ids(stored.findings().stream().map(Evaluation.FindingResult::id).toList());
		Set<String> nowFindings = ids(now.findings().stream().map(Evaluation.FindingResult::id).toList());
		Set<String> storedRecs = ids(
				stored.recommendations().stream().map(Evaluation.RecommendationResult::id).toList());
		Set<String> nowRecs = ids(now.recommendations().stream().map(Evaluation.RecommendationResult::id).toList());
		// what would disappear may be gone from the live knowledge base too: it is titled
		// as the stored report titles it
		KnowledgeBase own = reports.knowledgeOf(assessment).kb();
		return new Result(stored.rulesetVersion(), live.version(), true,
				changes(nowFindings, storedFindings, id -> kb.finding(id).map(f -> f.title().get(lang))),
				changes(storedFindings, nowFindings, id -> own.finding(id).map(f -> f.title().get(lang))),
				changes(nowRecs, storedRecs, id -> kb.recommendation(id).map(r -> r.title().get(lang))),
				changes(storedRecs, nowRecs, id -> own.recommendation(id).map(r -> r.title().get(lang))));
	}

	private static Set<String> ids(List<String> ids) {
		return new java.util.LinkedHashSet<>(ids);
	}

	/** The ids of {@code in} that are not in {@code notIn}, with their titles. */
	private static List<Change> changes(Set<String> in, Set<String> notIn,
			java.util.function.Function<String, Optional<String>> title) {
		return in.stream()
			.filter(id -> !notIn.contains(id))
			.map(id -> new Change(id, title.apply(id).orElse(id)))
			.collect(Collectors.toList());
	}

}
