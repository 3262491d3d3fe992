package org.marketingadvisor.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.assessment.ReportLinks;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of the consultant's list with its pager and count. A "newer"/"older" link
 * names the assessment the next page starts from ({@code before}/{@code after}, see
 * {@link ReportList.Cursor}) and the page's number, so that each page is an index range
 * however deep; a link with only {@code page=N} (as before) still shows page N.
 */
@Component
class DashboardPages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private static final String PATH = "/consultant/assessments";

	/** A listed assessment as the page shows it. */
	record Line(String when, String company, String lang, Integer score, String version, String url) {
	}

	private final ReportList list;

	private final ListCount count;

	DashboardPages(ReportList list, ListCount count) {
		this.list = list;
		this.count = count;
	}

	/**
	 * Adds the rows ({@code lines}), the pager's links ({@code newer}, {@code older}:
	 * null when there is none) and the count ({@code count}) to the model; a cursor that
	 * cannot be read is reported and the page by its number shown.
	 */
	void show(ReportList.Filter filter, HttpServletRequest request, Runnable unreadableCursor, Model model) {
		ReportList.Cursor after = cursor(request.getParameter("after"), unreadableCursor);
		ReportList.Cursor before = after != null ? null : cursor(request.getParameter("before"), unreadableCursor);
		ReportList.Page page = list.page(filter, after, before);
		// a page before a cursor with nothing newer is the first one, whatever its link
		// said
		int number = page.newer() ? Math.max(1, filter.page()) : 0;
		List<ReportList.Row> rows = page.rows();
		model.addAttribute("lines", rows.stream().map(DashboardPages::line).toList());
		String query = request.getQueryString();
		// past the end (a page number too high): back to the first page
		model.addAttribute("newer", !page.newer() ? null : rows.isEmpty() ? link(query, 0, null, null)
				: link(query, number - 1, number - 1 == 0 ? null : "before", rows.get(0).cursor()));
		model.addAttribute("older", !page.older() || rows.isEmpty() ? null
				: link(query, number + 1, "after", rows.get(rows.size() - 1).cursor()));
		model.addAttribute("more", page.older());
		model.addAttribute("count", count.of(filter));
	}

	private static ReportList.Cursor cursor(String text, Runnable unreadable) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return ReportList.Cursor.parse(text).orElseGet(() -> {
			unreadable.run();
			return null;
		});
	}

	/**
	 * This page's query with another page number and cursor (the filters kept as sent).
	 */
	private static String link(String query, int page, String direction, ReportList.Cursor cursor) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH)
			.query(query)
			.replaceQueryParam("page")
			.replaceQueryParam("after")
			.replaceQueryParam("before");
		if (page > 0) {
			link.queryParam("page", page);
		}
		if (direction != null) {
			link.queryParam(direction, cursor.text());
		}
		return link.build().toUriString();
	}

	private static Line line(ReportList.Row r) {
		return new Line(WHEN.format(r.submittedAt()), r.companyLabel(), r.lang(), r.score(),
				r.rulesetVersion() == null ? ""
						: r.rulesetVersion().substring(0, Math.min(12, r.rulesetVersion().length())),
				ReportLinks.of(r.token()).html());
	}

}
