package org.marketingadvisor.report;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.marketingadvisor.assessment.ReportLinks;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.BaseUrl;
import org.marketingadvisor.web.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The consultant's list of every submitted assessment, with filters (dates, language,
 * score, a finding), pages, a link to each report, and the same list as CSV. Only for
 * signed-in consultants and admins (see the security configuration).
 */
@Controller
class ConsultantDashboard {

	static final String VIEW = "report/dashboard";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	/** A finding to filter by: id and title in the page's language. */
	record FindingOption(String id, String title) {
	}

	/** A listed assessment as the page shows it. */
	record Line(String when, String company, String lang, Integer score, String version, String url) {
	}

	private final ReportList list;

	private final RuleEngine engine;

	private final Messages messages;

	private final BaseUrl baseUrl;

	ConsultantDashboard(ReportList list, RuleEngine engine, Messages messages, BaseUrl baseUrl) {
		this.baseUrl = baseUrl;
		this.list = list;
		this.engine = engine;
		this.messages = messages;
	}

	@GetMapping("/consultant/assessments")
	String dashboard(@Valid @ModelAttribute("filters") DashboardFilters filters, BindingResult result,
			HttpServletRequest request, Model model) {
		ReportList.Filter filter = filters.filter();
		List<ReportList.Row> rows = list.find(filter, false);
		Lang lang = LangLocaleResolver.current(request);
		model.addAttribute("filter", filter);
		model.addAttribute("problems", messages.summary(result, lang));
		model.addAttribute("lines",
				rows.subList(0, Math.min(rows.size(), ReportList.PAGE_SIZE))
					.stream()
					.map(r -> new Line(WHEN.format(r.submittedAt()), r.companyLabel(), r.lang(), r.score(),
							r.rulesetVersion() == null ? ""
									: r.rulesetVersion().substring(0, Math.min(12, r.rulesetVersion().length())),
							ReportLinks.of(r.token()).html()))
					.toList());
		model.addAttribute("more", rows.size() > ReportList.PAGE_SIZE);
		model.addAttribute("findings",
				engine.current()
					.knowledgeBase()
					.findings()
					.stream()
					.filter(f -> f.kind() == FindingKind.PROBLEM)
					.map(f -> new FindingOption(f.id(), f.title().get(lang)))
					.toList());
		model.addAttribute("csv", request.getQueryString() == null ? "/consultant/assessments.csv"
				: "/consultant/assessments.csv?" + request.getQueryString());
		return VIEW;
	}

	@GetMapping(path = "/consultant/assessments.csv")
	ResponseEntity<byte[]> csv(@ModelAttribute DashboardFilters filters, HttpServletRequest request) {
		Lang lang = LangLocaleResolver.current(request);
		// the list's own filters: what cannot be read is left out, as on the page
		ReportList.Filter filter = filters.filter();
		StringBuilder csv = new StringBuilder();
		csv.append(String.join(",", cell(messages.get(lang, "dashboard.submitted")),
				cell(messages.get(lang, "dashboard.company")), cell(messages.get(lang, "dashboard.language")),
				cell(messages.get(lang, "dashboard.score")), cell(messages.get(lang, "dashboard.version")),
				cell(messages.get(lang, "dashboard.report"))))
			.append("\r\n");
		String base = baseUrl.absolute(request, "");
		for (ReportList.Row r : list.find(filter, true)) {
			csv.append(String.join(",", cell(WHEN.format(r.submittedAt())), cell(r.companyLabel()), cell(r.lang()),
					cell(r.score() == null ? "" : r.score().toString()), cell(r.rulesetVersion()),
					cell(base + ReportLinks.of(r.token()).html())))
				.append("\r\n");
		}
		// a byte order mark, so spreadsheet programs read the Cyrillic as UTF-8
		byte[] body = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("assessments.csv").build().toString())
			.body(body);
	}

	/**
	 * A CSV cell, quoted. A cell a spreadsheet could read as a formula gets a leading
	 * apostrophe: one starting with = + - @, a tab or CR, with ; or | (separators some
	 * programs split on, or DDE), or with any of these after leading spaces (also
	 * no-break and full-width ones), or with their full-width forms.
	 */
	static String cell(String value) {
		String v = value == null ? "" : value;
		if (formulaLike(v)) {
			v = "'" + v;
		}
		return "\"" + v.replace("\"", "\"\"") + "\"";
	}

	/** What a formula (or a DDE call) can start with, also in full-width form. */
	private static final String FORMULA_START = "=+-@\t\r\n;|\uFF1D\uFF0B\uFF0D\uFF20";

	/** Spaces that are not a plain space: a cell never needs to start with one. */
	private static final String ODD_SPACES = "\u00A0\u2007\u202F\u3000";

	private static boolean formulaLike(String v) {
		if (v.isEmpty()) {
			return false;
		}
		if (ODD_SPACES.indexOf(v.charAt(0)) >= 0) {
			return true;
		}
		int i = 0;
		while (i < v.length() && v.charAt(i) == ' ') {
			i++;
		}
		return i < v.length() && FORMULA_START.indexOf(v.charAt(i)) >= 0;
	}

}
