package org.marketingadvisor.preview;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.marketingadvisor.assessment.EvaluationView.FindingView;
import org.marketingadvisor.report.ReportView;

/**
 * What the draft's report says that the live one does not, and the other way round:
 * problems, strengths and recommendations added or removed, titled as the report that has
 * them titles them.
 */
record Changes(int draftScore, int liveScore, List<Item> addedFindings, List<Item> removedFindings,
		List<Item> addedRecommendations, List<Item> removedRecommendations) {

	/** A finding or recommendation: its id, its title, and its severity or priority. */
	record Item(String id, String title, String level) {
	}

	public boolean none() {
		return addedFindings.isEmpty() && removedFindings.isEmpty() && addedRecommendations.isEmpty()
				&& removedRecommendations.isEmpty();
	}

	static Changes between(ReportView live, ReportView draft) {
		return new Changes(draft.overall().score(), live.overall().score(), findings(draft, live),
				findings(live, draft), recommendations(draft, live), recommendations(live, draft));
	}

	/** The findings of {@code in} that {@code notIn} lacks. */
	private static List<Item> findings(ReportView in, ReportView notIn) {
		Set<String> other = findingsOf(notIn).map(f -> f.id()).collect(Collectors.toSet());
		return findingsOf(in).filter(f -> !other.contains(f.id()))
			.map(f -> new Item(f.id(), f.title(), f.severity()))
			.toList();
	}

	private static List<Item> recommendations(ReportView in, ReportView notIn) {
		Set<String> other = notIn.recommendations().stream().map(r -> r.id()).collect(Collectors.toSet());
		return in.recommendations()
			.stream()
			.filter(r -> !other.contains(r.id()))
			.map(r -> new Item(r.id(), r.title(), r.priority()))
			.toList();
	}

	private static Stream<FindingView> findingsOf(ReportView r) {
		return Stream.concat(r.problems().stream(), r.strengths().stream());
	}

}
