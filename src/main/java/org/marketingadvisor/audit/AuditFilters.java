package org.marketingadvisor.audit;

import org.marketingadvisor.web.FilterInputs;
import org.marketingadvisor.web.IsoDate;
import org.marketingadvisor.web.WholeNumber;

/**
 * The audit trail's filter form as it was typed. The fields stay text so that a filter
 * that cannot be read is shown again as typed, with its message next to it; it is then
 * left out of {@link #filter()}, and the trail still answers.
 */
record AuditFilters(String actor, String action, @IsoDate(message = "{audit.bad-date}") String from,
		@IsoDate(message = "{audit.bad-date}") String to, @WholeNumber(min = 0,
				max = Integer.MAX_VALUE / AuditTrail.PAGE_SIZE - 1, message = "{filter.error.page}") String page) {

	/** The filters that could be read, for the query; an unknown action is no filter. */
	AuditTrail.Filter filter() {
		return new AuditTrail.Filter(actor, action != null && AuditTrail.ACTIONS.contains(action) ? action : null,
				FilterInputs.date(from), FilterInputs.date(to), FilterInputs.page(page, AuditTrail.PAGE_SIZE));
	}

}
