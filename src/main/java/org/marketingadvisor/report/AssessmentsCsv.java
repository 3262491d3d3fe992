package org.marketingadvisor.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.marketingadvisor.assessment.ReportLinks;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.Messages;
import org.springframework.stereotype.Component;

import static org.marketingadvisor.report.ConsultantDashboard.cell;

/**
 * The consultant's list as CSV, written row by row as the database returns them: a list
 * of any length downloads in the same memory, and the download starts at once.
 */
@Component
class AssessmentsCsv {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final ReportList list;

	private final Messages messages;

	AssessmentsCsv(ReportList list, Messages messages) {
		this.list = list;
		this.messages = messages;
	}

	/**
	 * Writes the header and every row matching the filter; {@code base} prefixes links.
	 */
	void write(ReportList.Filter filter, Lang lang, String base, OutputStream out) throws IOException {
		Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		// a byte order mark, so spreadsheet programs read the Cyrillic as UTF-8
		csv.write('\uFEFF');
		csv.write(String.join(",", cell(messages.get(lang, "dashboard.submitted")),
				cell(messages.get(lang, "dashboard.company")), cell(messages.get(lang, "dashboard.language")),
				cell(messages.get(lang, "dashboard.score")), cell(messages.get(lang, "dashboard.version")),
				cell(messages.get(lang, "dashboard.report"))));
		csv.write("\r\n");
		try {
			list.each(filter, r -> {
				try {
					csv.write(String.join(",", cell(WHEN.format(r.submittedAt())), cell(r.companyLabel()),
							cell(r.lang()), cell(r.score() == null ? "" : r.score().toString()),
							cell(r.rulesetVersion()), cell(base + ReportLinks.of(r.token()).html())));
					csv.write("\r\n");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			// the client went away: nothing more to send
			throw ex.getCause();
		}
		csv.flush();
	}

}
