package org.marketingadvisor.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.marketingadvisor.assessment.Assessment;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.assessment.EvaluationView;
import org.marketingadvisor.assessment.EvaluationView.PlanStep;
import org.marketingadvisor.assessment.ReportLinks;
import org.marketingadvisor.assessment.VersionKnowledge;
import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Scoring;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.web.Messages;
import org.springframework.stereotype.Service;

/**
 * Builds a submitted assessment's report in a language. The findings and recommendations
 * are the stored ones (not re-evaluated); texts, scores and the plan's phases come from
 * the knowledge base of the rule-set version that evaluated them, so a later version (a
 * rollback, an edited text, a deleted question) neither changes nor breaks the report.
 * Only when that version's content is unknown (data from before versions were stored) is
 * the live knowledge base used, and the report says so.
 */
@Service
public class Reports {

	/** How many steps the summary names as the things to do now. */
	static final int NEXT_STEPS = 3;

	private final AssessmentService assessments;

	private final RuleEngine engine;

	private final Messages messages;

	private final PeerScores peers;

	private final Annotations annotations;

	private final VersionKnowledge versions;

	public Reports(AssessmentService assessments, RuleEngine engine, Messages messages, PeerScores peers,
			Annotations annotations, VersionKnowledge versions) {
		this.versions = versions;
		this.assessments = assessments;
		this.engine = engine;
		this.messages = messages;
		this.peers = peers;
		this.annotations = annotations;
	}

	/**
	 * The language a report is shown in: the one asked for, else the assessment's own.
	 */
	public static Lang languageOf(Assessment assessment, String requested) {
		return Lang.parse(requested).or(() -> Lang.parse(assessment.getLang())).orElse(Lang.DEFAULT);
	}

	/**
	 * The knowledge base a stored assessment is shown with: its own version's, or the
	 * live one (with {@code own} false) when that version's content is unknown.
	 */
	record Knowledge(KnowledgeBase kb, boolean own) {
	}

	Knowledge knowledgeOf(Assessment assessment) {
		return versions.knowledgeBase(assessment.getRulesetVersion())
			.map(kb -> new Knowledge(kb, true))
			.orElseGet(() -> new Knowledge(engine.current().knowledgeBase(), false));
	}

	/**
	 * The report, or empty when the report cannot be made from the stored result: only
	 * when its version's knowledge base is unknown and the live one no longer fits the
	 * stored answers or lacks an id of the result (then only the raw stored result can be
	 * shown).
	 */
	public Optional<ReportView> build(Assessment assessment, Lang lang) {
		Knowledge knowledge = knowledgeOf(assessment);
		KnowledgeBase kb = knowledge.kb();
		AnswerValidator.Result answers = new AnswerValidator(kb, lang).validate(assessments.answers(assessment));
		if (!answers.valid()) {
			return Optional.empty();
		}
		Evaluation evaluation = assessments.result(assessment);
		if (!knowledge.own() && !describes(kb, evaluation)) {
			return Optional.empty();
		}
		List<ReportView.Note> notes = annotations.of(assessment.getId())
			.stream()
			.map(n -> new ReportView.Note(n.author(), n.createdAt().toString(),
					DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
						.withLocale(lang.locale())
						.withZone(ZoneOffset.UTC)
						.format(n.createdAt()) + " UTC",
					n.body()))
			.toList();
		return Optional.of(compose(evaluation, answers.answers(), kb, lang,
				new Frame(assessment.getCompanyLabel(), assessment.getSubmittedAt(), assessment.getRulesetVersion(),
						previous(assessment), notes, ReportLinks.of(assessment.getToken()), knowledge.own())));
	}

	/**
	 * What a report shows besides its evaluation: whose it is, when and by which version
	 * it was made, the report it follows, the consultants' notes, where it lives, and
	 * whether its texts are its own version's.
	 */
	private record Frame(String companyLabel, Instant submittedAt, String rulesetVersion, Optional<Previous> previous,
			List<ReportView.Note> notes, ReportLinks links, boolean ownTexts) {
	}

	/**
	 * The report of an evaluation that is not stored (a preview of a draft's rules): the
	 * same page as a stored one, without a previous report, notes or links.
	 */
	public ReportView unstored(Evaluation evaluation, Answers answers, KnowledgeBase kb, Lang lang, String companyLabel,
			Instant madeAt) {
		return compose(evaluation, answers, kb, lang,
				new Frame(companyLabel, madeAt, evaluation.rulesetVersion(), Optional.empty(), List.of(), null, true));
	}

	private ReportView compose(Evaluation evaluation, Answers answers, KnowledgeBase kb, Lang lang, Frame frame) {
		EvaluationView view = EvaluationView.of(evaluation, answers, kb, lang, code -> messages.get(lang, code));
		Scorecard scores = Scorecard.of(evaluation, kb);
		Optional<PeerScores.Averages> averages = peers.averages();
		Optional<Previous> previous = frame.previous();
		Scoring scoring = kb.scoring();
		Scoring.Level level = scoring.level(scores.overall());

		List<ReportView.AreaScore> areas = new ArrayList<>();
		for (var area : kb.areas()) {
			int score = scores.areas().get(area.id());
			Integer before = previous.map(p -> p.scores().areas().get(area.id())).orElse(null);
			areas.add(new ReportView.AreaScore(area.id(), area.title().get(lang), score,
					count(evaluation, area.id(), FindingKind.PROBLEM),
					count(evaluation, area.id(), FindingKind.STRENGTH),
					averages.map(a -> a.areas().get(area.id())).orElse(null), before,
					before == null ? null : score - before));
		}
		List<ReportView.Share> keep = scoring.keep()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new ReportView.Share(e.getKey().code(), (int) Math.round(e.getValue() * 100)))
			.toList();
		List<ReportView.Weight> weights = kb.areas()
			.stream()
			.map(a -> new ReportView.Weight(a.id(), a.title().get(lang), scoring.weights().get(a.id())))
			.toList();
		List<ReportView.Level> levels = scoring.levels()
			.stream()
			.map(l -> new ReportView.Level(l.id(), l.title().get(lang), l.from(), l.meaning().get(lang)))
			.toList();
		Map<String, List<PlanStep>> byPhase = new LinkedHashMap<>();
		scoring.phases().forEach(p -> byPhase.put(p.id(), new ArrayList<>()));
		view.plan().forEach(step -> byPhase.get(step.phase()).add(step));
		List<ReportView.Phase> plan = scoring.phases()
			.stream()
			.filter(p -> !byPhase.get(p.id()).isEmpty())
			.map(p -> new ReportView.Phase(p.id(), p.days(), p.title().get(lang), List.copyOf(byPhase.get(p.id()))))
			.toList();

		return new ReportView(lang.code(), frame.companyLabel(), frame.submittedAt().toString(),
				date(frame.submittedAt(), lang), frame.rulesetVersion(),
				new ReportView.Overall(scores.overall(), level.id(), level.title().get(lang),
						level.meaning().get(lang)),
				areas, new ReportView.Method(scoring.explanation().get(lang), keep, weights, levels),
				view.plan().stream().limit(NEXT_STEPS).toList(),
				view.findings().stream().filter(f -> f.kind().equals(FindingKind.PROBLEM.code())).toList(),
				view.findings().stream().filter(f -> f.kind().equals(FindingKind.STRENGTH.code())).toList(),
				view.recommendations(), plan, phaseTitles(scoring, lang), scoring.planExplanation().get(lang),
				averages.map(a -> new ReportView.Peers(a.assessments(), a.overall())).orElse(null),
				previous.map(p -> comparison(p, evaluation, scores, kb, lang)).orElse(null), frame.notes(),
				frame.links(), frame.ownTexts() ? null : Boolean.TRUE, view.focus(), ReportParts.focusSteps(view),
				ReportParts.otherAreas(view, kb, lang), ReportParts.documents(view, kb, lang));
	}

	/**
	 * Whether a knowledge base has every finding, recommendation and question the
	 * evaluation names (a version's own always has; the live one may not).
	 */
	static boolean describes(KnowledgeBase kb, Evaluation evaluation) {
		return evaluation.findings()
			.stream()
			.allMatch(f -> kb.finding(f.id()).isPresent()
					&& f.evidence().stream().allMatch(q -> kb.question(q).isPresent()))
				&& evaluation.recommendations()
					.stream()
					.allMatch(r -> kb.recommendation(r.id()).isPresent()
							&& r.evidence().stream().allMatch(q -> kb.question(q).isPresent()));
	}

	/** The earlier assessment this one was started from, if it was submitted. */
	private record Previous(Assessment assessment, Evaluation evaluation, Scorecard scores, KnowledgeBase kb) {
	}

	/**
	 * The earlier assessment's scores are its own report's: computed with its own
	 * version's knowledge base, so both reports show the same number.
	 */
	private Optional<Previous> previous(Assessment assessment) {
		return assessments.findById(assessment.getPreviousId()).filter(Assessment::isSubmitted).map(p -> {
			Evaluation e = assessments.result(p);
			Knowledge own = knowledgeOf(p);
			return new Previous(p, e, Scorecard.of(e, own.kb()), own.kb());
		});
	}

	private static ReportView.Comparison comparison(Previous previous, Evaluation now, Scorecard scores,
			KnowledgeBase kb, Lang lang) {
		Set<String> before = problems(previous.evaluation());
		Set<String> after = problems(now);
		return new ReportView.Comparison(date(previous.assessment(), lang),
				ReportLinks.of(previous.assessment().getToken()).html(), previous.scores().overall(),
				scores.overall() - previous.scores().overall(),
				refs(previous.evaluation(), id -> !after.contains(id), kb, previous.kb(), lang),
				refs(now, id -> !before.contains(id), kb, kb, lang), refs(now, before::contains, kb, kb, lang));
	}

	private static Set<String> problems(Evaluation evaluation) {
		return evaluation.findings()
			.stream()
			.filter(f -> f.kind() == FindingKind.PROBLEM)
			.map(Evaluation.FindingResult::id)
			.collect(Collectors.toSet());
	}

	/**
	 * The problems kept, titled as this report's knowledge base says; a problem resolved
	 * since is titled by the earlier report's when this one no longer has it.
	 */
	private static List<ReportView.FindingRef> refs(Evaluation evaluation, java.util.function.Predicate<String> keep,
			KnowledgeBase kb, KnowledgeBase fallback, Lang lang) {
		return evaluation.findings()
			.stream()
			.filter(f -> f.kind() == FindingKind.PROBLEM && keep.test(f.id()))
			.map(f -> new ReportView.FindingRef(f.id(),
					kb.finding(f.id()).or(() -> fallback.finding(f.id())).map(d -> d.title().get(lang)).orElse(f.id()),
					f.severity().code()))
			.toList();
	}

	private static Map<String, String> phaseTitles(Scoring scoring, Lang lang) {
		Map<String, String> titles = new LinkedHashMap<>();
		scoring.phases().forEach(p -> titles.put(p.id(), p.title().get(lang)));
		return titles;
	}

	private static int count(Evaluation evaluation, String area, FindingKind kind) {
		return (int) evaluation.findings().stream().filter(f -> f.area().equals(area) && f.kind() == kind).count();
	}

	private static String date(Assessment assessment, Lang lang) {
		return date(assessment.getSubmittedAt(), lang);
	}

	private static String date(Instant at, Lang lang) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(lang.locale())
			.format(at.atZone(ZoneOffset.UTC));
	}

}
