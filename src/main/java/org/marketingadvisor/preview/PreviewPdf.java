package org.marketingadvisor.preview;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.report.ReportPreviews;
import org.marketingadvisor.report.ReportView;
import org.marketingadvisor.web.BaseUrl;
import org.marketingadvisor.web.Messages;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The PDF an owner would download, of the draft's report or of the live one: made on
 * request, kept by no one.
 */
@Component
class PreviewPdf {

	private final ReportPreviews reports;

	private final Messages messages;

	private final BaseUrl baseUrl;

	PreviewPdf(ReportPreviews reports, Messages messages, BaseUrl baseUrl) {
		this.reports = reports;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** The PDF of the draft's report, or of the live one when {@code show} is live. */
	ResponseEntity<byte[]> of(DraftPreviews.Comparison comparison, String show, Lang lang, HttpServletRequest request) {
		boolean live = "live".equals(show) && comparison.live().report() != null;
		ReportView report = live ? comparison.live().report() : comparison.draft().report();
		byte[] document = reports.pdf(report, lang, baseUrl.absolute(request, request.getRequestURI()), false);
		String name = messages.get(lang, "preview.pdf.file") + ".pdf";
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore().cachePrivate())
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(document);
	}

}
