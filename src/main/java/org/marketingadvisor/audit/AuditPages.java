package org.marketingadvisor.audit;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The audit trail for admins, newest first, filtered by who, what and when. */
@Controller
class AuditPages {

	static final String VIEW_AUDIT = "security/audit";

	private final AuditTrail audit;

	private final Messages messages;

	AuditPages(AuditTrail audit, Messages messages) {
		this.audit = audit;
		this.messages = messages;
	}

	/** The audit trail, newest first, filtered by who, what and when. */
	@GetMapping("/admin/audit")
	String audit(@Valid @ModelAttribute("filters") AuditFilters filters, BindingResult result,
			HttpServletRequest request, Model model) {
		var filter = filters.filter();
		var events = audit.find(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("events",
				events.subList(0, Math.min(events.size(), AuditTrail.PAGE_SIZE))
					.stream()
					.map(e -> new AuditRow(WHEN.format(e.at()), e.actor(), e.action(), e.subject(), e.details()))
					.toList());
		model.addAttribute("more", events.size() > AuditTrail.PAGE_SIZE);
		model.addAttribute("actions", AuditTrail.ACTIONS);
		model.addAttribute("problems", messages.summary(result, LangLocaleResolver.current(request)));
		return VIEW_AUDIT;
	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	/** An audit entry as the page shows it (time in UTC). */
	record AuditRow(String when, String actor, String action, String subject, String details) {
	}

}
