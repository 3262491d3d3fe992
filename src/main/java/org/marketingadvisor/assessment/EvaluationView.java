package org.marketingadvisor.assessment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.Evaluation.FindingResult;
import org.marketingadvisor.engine.Evaluation.RecommendationResult;
import org.marketingadvisor.knowledge.FindingDefinition;
import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.RecommendationDefinition;
import org.marketingadvisor.knowledge.Severity;
import org.marketingadvisor.questionnaire.AnswerType;

/**
 * An evaluation rendered in one language: findings and recommendations with their texts
 * and explanations, the action plan, the root problems ({@code roots}, finding ids) and
 * the focus: the ids of at most five recommendations that address them, in plan order
 * ({@code focus}), with what each resolves ({@code focusSteps}). Texts come from the
 * knowledge base of the rule set that evaluated, never from code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationView(String lang, String rulesetVersion, Summary summary, List<FindingView> findings,
		List<RecommendationView> recommendations, List<PlanStep> plan, List<String> roots, List<String> focus,
		List<FocusStep> focusSteps) {

	public record Summary(int problems, int critical, int strengths, int recommendations) {
	}

	public record FindingView(String id, String kind, String severity, String area, String areaTitle, String title,
			String description, String rule, List<String> rules, List<EvidenceView> evidence,
			List<SourceView> sources) {
	}

	public record RecommendationView(String id, int step, String phase, String title, String summary, String priority,
			String area, String areaTitle, List<String> actions, String rule, List<String> rules, List<String> findings,
			List<String> after, List<EvidenceView> evidence, List<SourceView> sources, List<TensionView> tensions) {
	}

	/**
	 * A question and the answer given to it; {@code answer} is the value as submitted.
	 */
	public record EvidenceView(String question, String questionText, Object answer, String answerText) {
	}

	/**
	 * A cited heuristic: which document, which place in it, what it says (paraphrased).
	 */
	public record SourceView(String heuristic, String document, String documentTitle, String publisher, String place,
			String paraphrase) {
	}

	public record TensionView(String id, String title, String text, String reconciliation) {
	}

	/**
	 * A recommendation of the focus: the root problems it addresses and the problems
	 * found that those roots cause (finding ids).
	 */
	public record FocusStep(String id, List<String> roots, List<String> consequences) {
	}

	/**
	 * A step of the action plan, in the phase (30/60/90 days) it belongs to, with the
	 * numbers of the steps it must follow.
	 */
	public record PlanStep(int step, String phase, String id, String title, String priority, List<Integer> after) {
	}

	/** Renders with the knowledge base of the rule set that produced the evaluation. */
	public static EvaluationView of(Evaluation evaluation, Answers answers, KnowledgeBase kb, Lang lang,
			Function<String, String> messages) {
		Renderer r = new Renderer(kb, lang, answers, messages);
		List<FindingView> findings = evaluation.findings().stream().map(r::finding).toList();
		List<ActionPlan.Step> order = ActionPlan.plan(evaluation.recommendations(), kb);
		Map<String, Integer> steps = new java.util.HashMap<>();
		Map<String, String> phases = new java.util.HashMap<>();
		for (int i = 0; i < order.size(); i++) {
			steps.put(order.get(i).id(), i + 1);
			phases.put(order.get(i).id(), kb.scoring().phases().get(order.get(i).phase()).id());
		}
		List<RecommendationView> recommendations = evaluation.recommendations()
			.stream()
			.map(rec -> r.recommendation(rec, steps, phases))
			.toList();
		Map<String, String> priorities = new java.util.HashMap<>();
		evaluation.recommendations().forEach(rec -> priorities.put(rec.id(), rec.priority().code()));
		List<PlanStep> plan = order.stream().map(step -> {
			RecommendationDefinition def = kb.recommendation(step.id()).orElseThrow();
			return new PlanStep(steps.get(step.id()), phases.get(step.id()), step.id(), def.title().get(lang),
					priorities.getOrDefault(step.id(), def.priority().code()),
					step.after().stream().map(steps::get).sorted().toList());
		}).toList();
		Summary summary = summary(evaluation);
		List<FocusStep> focus = Focus.of(evaluation, kb, order.stream().map(ActionPlan.Step::id).toList())
			.stream()
			.map(f -> new FocusStep(f.id(), f.roots(), f.consequences()))
			.toList();
		return new EvaluationView(lang.code(), evaluation.rulesetVersion(), summary, findings, recommendations, plan,
				Focus.roots(evaluation, kb), focus.stream().map(FocusStep::id).toList(), focus);
	}

	/** How many problems (and critical ones), strengths and recommendations. */
	static Summary summary(Evaluation evaluation) {
		int problems = (int) evaluation.findings().stream().filter(f -> f.kind() == FindingKind.PROBLEM).count();
		int critical = (int) evaluation.findings()
			.stream()
			.filter(f -> f.kind() == FindingKind.PROBLEM && f.severity() == Severity.CRITICAL)
			.count();
		return new Summary(problems, critical, evaluation.findings().size() - problems,
				evaluation.recommendations().size());
	}

	/** The focus: at most five recommendation ids, in plan order. */
	static List<String> focus(Evaluation evaluation, KnowledgeBase kb) {
		List<String> order = ActionPlan.plan(evaluation.recommendations(), kb)
			.stream()
			.map(ActionPlan.Step::id)
			.toList();
		return Focus.of(evaluation, kb, order).stream().map(Focus.Step::id).toList();
	}

	private record Renderer(KnowledgeBase kb, Lang lang, Answers answers, Function<String, String> messages) {

		FindingView finding(FindingResult f) {
			FindingDefinition def = kb.finding(f.id()).orElseThrow();
			return new FindingView(f.id(), f.kind().code(), f.severity().code(), f.area(), areaTitle(f.area()),
					def.title().get(lang), def.description().get(lang), first(f.rules()), f.rules(),
					evidence(f.evidence()), sources(def.heuristics()));
		}

		RecommendationView recommendation(RecommendationResult rec, Map<String, Integer> steps,
				Map<String, String> phases) {
			RecommendationDefinition def = kb.recommendation(rec.id()).orElseThrow();
			List<String> after = def.after().stream().filter(steps::containsKey).toList();
			List<TensionView> tensions = def.tensions()
				.stream()
				.map(id -> kb.tension(id).orElseThrow())
				.map(t -> new TensionView(t.id(), t.title().get(lang), t.text().get(lang),
						t.reconciliation().get(lang)))
				.toList();
			return new RecommendationView(rec.id(), steps.get(rec.id()), phases.get(rec.id()), def.title().get(lang),
					def.summary().get(lang), rec.priority().code(), rec.area(), areaTitle(rec.area()),
					def.actions().stream().map(a -> a.get(lang)).toList(), first(rec.rules()), rec.rules(),
					rec.findings(), after, evidence(rec.evidence()), sources(def.heuristics()), tensions);
		}

		private String areaTitle(String area) {
			return kb.area(area).map(a -> a.title().get(lang)).orElse(area);
		}

		private List<EvidenceView> evidence(List<String> questions) {
			return questions.stream().map(id -> {
				Question q = kb.question(id).orElseThrow();
				AnswerValue value = answers.get(id);
				return new EvidenceView(id, q.text().get(lang), value == null ? null : value.json(),
						AnswerType.of(q).display(q, value, lang, messages));
			}).toList();
		}

		private List<SourceView> sources(List<String> heuristics) {
			return heuristics.stream().map(id -> kb.heuristic(id).orElseThrow()).map(h -> {
				var doc = kb.document(h.document()).orElseThrow();
				return new SourceView(h.id(), doc.id(), doc.titles().get(lang), doc.publisher(lang),
						h.place().get(lang), h.text().get(lang));
			}).toList();
		}

		private static String first(List<String> rules) {
			return rules.isEmpty() ? null : rules.get(0);
		}

	}

}
