package org.marketingadvisor.report;

import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.FilterInputs;
import org.marketingadvisor.web.IsoDate;
import org.marketingadvisor.web.WholeNumber;

/**
 * The dashboard's filter form as it was typed. The fields stay text so that a filter that
 * cannot be read is shown again as typed, with its message next to it; it is then left
 * out of {@link #filter()}, and the list still answers.
 */
record DashboardFilters(@IsoDate(message = "{dashboard.error.date}") String from,
		@IsoDate(message = "{dashboard.error.date}") String to, String language,
		@WholeNumber(min = 0, max = 100, message = "{dashboard.error.score}") String minScore,
		@WholeNumber(min = 0, max = 100, message = "{dashboard.error.score}") String maxScore, String finding,
		@WholeNumber(min = 0, max = Integer.MAX_VALUE / ReportList.PAGE_SIZE - 1,
				message = "{filter.error.page}") String page) {

	/** The filters that could be read, for the query. */
	ReportList.Filter filter() {
		return new ReportList.Filter(FilterInputs.date(from), FilterInputs.date(to),
				Lang.parse(language).map(Lang::code).orElse(null), FilterInputs.number(minScore, 0, 100),
				FilterInputs.number(maxScore, 0, 100),
				finding == null || finding.isBlank() || !finding.matches("finding\\.[a-z0-9-]+") ? null : finding,
				FilterInputs.page(page, ReportList.PAGE_SIZE));
	}

}
