package org.marketingadvisor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.FindingKind;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.BaseUrl;
import org.marketingadvisor.web.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

	/** A finding to filter by: id and title in the page's language. */
	record FindingOption(String id, String title) {
	}

	private final DashboardPages pages;

	private final AssessmentsCsv csv;

	private final RuleEngine engine;

	private final BaseUrl baseUrl;

	private final Messages messages;

	ConsultantDashboard(DashboardPages pages, AssessmentsCsv csv, RuleEngine engine, BaseUrl baseUrl,
			Messages messages) {
		this.baseUrl = baseUrl;
		this.messages = messages;
		this.pages = pages;
		this.csv = csv;
		this.engine = engine;
	}

	@GetMapping("/consultant/assessments")
	String dashboard(@Valid @ModelAttribute("filters") DashboardFilters filters, BindingResult result,
			HttpServletRequest request, Model model) {
		ReportList.Filter filter = filters.filter();
		Lang lang = LangLocaleResolver.current(request);
		List<String> problems = new ArrayList<>(messages.summary(result, lang));
		model.addAttribute("filter", filter);
		model.addAttribute("problems", problems);
		pages.show(filter, request, () -> problems.add(messages.get(lang, "dashboard.error.cursor")), model);
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

	/**
	 * Streamed as it is read (see {@link AssessmentsCsv}); the headers go first, so a
	 * failure half-way ends the download short rather than with an error page.
	 */
	@GetMapping(path = "/consultant/assessments.csv")
	void csv(@ModelAttribute DashboardFilters filters, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Lang lang = LangLocaleResolver.current(request);
		// the list's own filters: what cannot be read is left out, as on the page
		ReportList.Filter filter = filters.filter();
		response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("assessments.csv").build().toString());
		csv.write(filter, lang, baseUrl.absolute(request, ""), response.getOutputStream());
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
