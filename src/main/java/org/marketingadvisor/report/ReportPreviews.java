package org.marketingadvisor.report;

import java.time.Instant;
import java.util.List;

import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.Messages;
import org.springframework.stereotype.Service;

/**
 * Reports of evaluations that are not stored, for previewing a draft's rules: the same
 * report (and PDF) an owner gets, made from answers evaluated by any rule set, and the
 * newest submitted reports to pick one from (read from this module's own copy, never the
 * assessment table).
 */
@Service
public class ReportPreviews {

	private final Reports reports;

	private final PdfReports pdf;

	private final ReportList list;

	private final Messages messages;

	ReportPreviews(Reports reports, PdfReports pdf, ReportList list, Messages messages) {
		this.reports = reports;
		this.pdf = pdf;
		this.list = list;
		this.messages = messages;
	}

	/** A submitted report as a list names it. */
	public record Recent(String token, Instant submittedAt, String companyLabel, String lang) {
	}

	/** The report of an evaluation made now, with the knowledge base that made it. */
	public ReportView of(Evaluation evaluation, Answers answers, KnowledgeBase kb, Lang lang, String companyLabel,
			Instant now) {
		return reports.unstored(evaluation, answers, kb, lang, companyLabel, now);
	}

	/** The report's radar chart as SVG, as the report page draws it. */
	public String chart(ReportView report, Lang lang) {
		return ReportPages.chart(report, messages.get(lang, "report.chart.label"));
	}

	/** The report as the PDF an owner downloads ({@code full}: with every "why"). */
	public byte[] pdf(ReportView report, Lang lang, String address, boolean full) {
		return pdf.render(report, chart(report, lang), lang, address, full);
	}

	/** The newest submitted reports, at most {@code limit} (one page at most). */
	public List<Recent> newest(int limit) {
		return list.page(new ReportList.Filter(null, null, null, null, null, null, 0), null, null)
			.rows()
			.stream()
			.limit(limit)
			.map(r -> new Recent(r.token(), r.submittedAt(), r.companyLabel(), r.lang()))
			.toList();
	}

}
