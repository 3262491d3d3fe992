package org.marketingadvisor.report;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marketingadvisor.assessment.EvaluationView;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;

/**
 * Parts of a report drawn from its rendered evaluation alone: the articles it cites, the
 * focus with what each step resolves, and the other recommendations by area.
 */
final class ReportParts {

	private ReportParts() {
	}

	/** Every article the report cites, in the order of first citation. */
	static List<ReportView.SourceDocument> documents(EvaluationView view, KnowledgeBase kb, Lang lang) {
		Set<String> ids = new LinkedHashSet<>();
		view.recommendations().forEach(r -> r.sources().forEach(s -> ids.add(s.document())));
		view.findings().forEach(f -> f.sources().forEach(s -> ids.add(s.document())));
		return ids.stream()
			.flatMap(id -> kb.document(id).stream())
			.map(d -> new ReportView.SourceDocument(d.id(), d.titles().get(lang), d.originalTitle(lang),
					d.publisher(lang)))
			.toList();
	}

	/** The focus with the titles of what each step addresses and resolves. */
	static List<ReportView.FocusItem> focusSteps(EvaluationView view) {
		Map<String, EvaluationView.FindingView> findings = new LinkedHashMap<>();
		view.findings().forEach(f -> findings.put(f.id(), f));
		Map<String, EvaluationView.RecommendationView> recs = new LinkedHashMap<>();
		view.recommendations().forEach(r -> recs.put(r.id(), r));
		java.util.function.Function<List<String>, List<ReportView.FindingRef>> refs = ids -> ids.stream()
			.map(findings::get)
			.map(f -> new ReportView.FindingRef(f.id(), f.title(), f.severity()))
			.toList();
		return view.focusSteps().stream().map(s -> {
			EvaluationView.RecommendationView r = recs.get(s.id());
			return new ReportView.FocusItem(r.id(), r.step(), r.title(), r.priority(), refs.apply(s.roots()),
					refs.apply(s.consequences()));
		}).toList();
	}

	/** The areas, in their order, that have recommendations outside the focus. */
	static List<ReportView.AreaGroup> otherAreas(EvaluationView view, KnowledgeBase kb, Lang lang) {
		Set<String> focus = Set.copyOf(view.focus());
		return kb.areas().stream().map(a -> {
			int n = (int) view.recommendations()
				.stream()
				.filter(r -> r.area().equals(a.id()) && !focus.contains(r.id()))
				.count();
			return new ReportView.AreaGroup(a.id(), a.title().get(lang), n);
		}).filter(g -> g.recommendations() > 0).toList();
	}

}
