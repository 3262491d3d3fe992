package org.marketingadvisor.impact;

import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.Diffs;
import org.marketingadvisor.ruleset.VersionRow;
import org.marketingadvisor.ruleset.VersionStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.assessment.ReportLinks;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.LangLocaleResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The impact preview of a draft: started from the draft page, computed in the background;
 * the page shows a progress bar (refreshing itself) until the comparison is ready.
 */
@Controller
class ImpactPages {

	static final String VIEW = "authoring/impact";

	/** How many changed assessments the page lists. */
	static final int LISTED = 200;

	private final ImpactPreview preview;

	private final VersionStore store;

	ImpactPages(ImpactPreview preview, VersionStore store) {
		this.preview = preview;
		this.store = store;
	}

	@PostMapping("/consultant/rules/drafts/{id}/impact")
	String start(@PathVariable UUID id) {
		try {
			return "redirect:/consultant/rules/impact/" + preview.start(id).id();
		}
		catch (RuleSetVersions.NoSuchDraft ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** Stops a running preview; the page then shows what was compared so far. */
	@PostMapping("/consultant/rules/impact/{job}/cancel")
	String cancel(@PathVariable UUID job) {
		preview.job(job).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).cancel();
		return "redirect:/consultant/rules/impact/" + job;
	}

	/** An id with its title in the page's language, and how often it changes. */
	record Count(String id, String title, int count) {
	}

	/** A changed assessment as the page lists it. */
	record Row(String company, String submitted, String report, List<Count> gained, List<Count> lost,
			List<Count> gainedFindings, List<Count> lostFindings, boolean draftRefusesAnswers) {
	}

	@GetMapping("/consultant/rules/impact/{job}")
	String page(@PathVariable UUID job, HttpServletRequest request, Model model) {
		ImpactJob j = preview.job(job).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Lang lang = LangLocaleResolver.current(request);
		model.addAttribute("job", j);
		if (j.rollback() != null) {
			// the first step of a rollback: what it changes, then the confirmation
			model.addAttribute("rollbackFiles",
					store.byNumber(j.liveNumber())
						.map(v -> Diffs.between(store.content(v.id()), store.content(j.draft().id())))
						.orElse(List.of()));
		}
		model.addAttribute("percent", j.total() <= 0 ? 0 : 100 * j.done() / j.total());
		long left = j.secondsLeft();
		model.addAttribute("secondsLeft", left);
		model.addAttribute("minutesLeft", (left + 59) / 60);
		ImpactPreview.Report report = j.report();
		if (report != null) {
			Titles titles = new Titles(j.draftRuleSet(), j.liveRuleSet(), lang);
			model.addAttribute("report", report);
			model.addAttribute("appear", counts(report.recommendationsAppear(), titles::recommendation));
			model.addAttribute("disappear", counts(report.recommendationsDisappear(), titles::recommendation));
			model.addAttribute("findingsAppear", counts(report.findingsAppear(), titles::finding));
			model.addAttribute("findingsDisappear", counts(report.findingsDisappear(), titles::finding));
			model.addAttribute("rows", report.changes()
				.stream()
				.limit(LISTED)
				.map(c -> new Row(c.assessment().company(), VersionRow.WHEN.format(c.assessment().submittedAt()),
						ReportLinks.of(c.assessment().token()).html(),
						ids(c.gainedRecommendations(), titles::recommendation),
						ids(c.lostRecommendations(), titles::recommendation), ids(c.gainedFindings(), titles::finding),
						ids(c.lostFindings(), titles::finding), c.draftRefusesAnswers()))
				.toList());
			model.addAttribute("listed", Math.min(LISTED, report.changed()));
		}
		return VIEW;
	}

	private static List<Count> counts(Map<String, Integer> counts, java.util.function.Function<String, String> title) {
		return counts.entrySet()
			.stream()
			.map(e -> new Count(e.getKey(), title.apply(e.getKey()), e.getValue()))
			.toList();
	}

	private static List<Count> ids(List<String> ids, java.util.function.Function<String, String> title) {
		return ids.stream().map(id -> new Count(id, title.apply(id), 1)).toList();
	}

	/**
	 * Titles from the draft's knowledge base, or the live one's for what the draft
	 * removed.
	 */
	private record Titles(RuleSet draft, RuleSet live, Lang lang) {

		String recommendation(String id) {
			return Optional.ofNullable(draft)
				.flatMap(r -> r.knowledgeBase().recommendation(id))
				.or(() -> live.knowledgeBase().recommendation(id))
				.map(r -> r.title().get(lang))
				.orElse(id);
		}

		String finding(String id) {
			return Optional.ofNullable(draft)
				.flatMap(r -> r.knowledgeBase().finding(id))
				.or(() -> live.knowledgeBase().finding(id))
				.map(f -> f.title().get(lang))
				.orElse(id);
		}

	}

}
