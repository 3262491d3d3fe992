package org.marketingadvisor.audit;

import java.util.ArrayList;
import java.util.List;

import org.marketingadvisor.web.FilterInputs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for admins, newest first, filtered by who, what and when. */
@Controller
class AuditPages {

	static final String VIEW_AUDIT = "security/audit";

	private final AuditTrail audit;

	AuditPages(AuditTrail audit) {
		this.audit = audit;
	}

	/** The audit trail, newest first, filtered by who, what and when. */
	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String page, Model model) {
		List<String> problems = new ArrayList<>();
		var filter = new AuditTrail.Filter(actor, action != null && AuditTrail.ACTIONS.contains(action) ? action : null,
				FilterInputs.date(from, "audit.bad-date", problems), FilterInputs.date(to, "audit.bad-date", problems),
				FilterInputs.page(page, AuditTrail.PAGE_SIZE, problems));
		var events = audit.find(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("events",
				events.subList(0, Math.min(events.size(), AuditTrail.PAGE_SIZE))
					.stream()
					.map(e -> new AuditRow(WHEN.format(e.at()), e.actor(), e.action(), e.subject(), e.details()))
					.toList());
		model.addAttribute("more", events.size() > AuditTrail.PAGE_SIZE);
		model.addAttribute("actions", AuditTrail.ACTIONS);
		model.addAttribute("problems", problems);
		return VIEW_AUDIT;
	}

	private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(java.time.ZoneOffset.UTC);

	/** An audit entry as the page shows it (time in UTC). */
	record AuditRow(String when, String actor, String action, String subject, String details) {
	}

}
