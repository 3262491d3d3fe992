package org.marketingadvisor.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.marketingadvisor.knowledge.Lang;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Makes a report's PDF: the {@code report/pdf} template (sharing its parts with the page)
 * rendered by Thymeleaf, laid out by openhtmltopdf with the chart's SVG drawn by Batik.
 * The fonts (PT Sans, with Cyrillic) are read from the classpath through the
 * {@code font:} scheme of the style sheet, so the same PDF comes out of the packaged jar.
 */
@Component
class PdfReports {

	static final String VIEW_PDF = "report/pdf";

	private static final String FONT_SCHEME = "font";

	private final ITemplateEngine templates;

	private final String css;

	private final Map<String, byte[]> fonts = new ConcurrentHashMap<>();

	PdfReports(ITemplateEngine templates) {
		this.templates = templates;
		this.css = read("report/pdf.css");
	}

	/**
	 * The default, short PDF: see
	 * {@link #render(ReportView, String, Lang, String, boolean)}.
	 */
	byte[] render(ReportView report, String chart, Lang lang, String reportUrl) {
		return render(report, chart, lang, reportUrl, false);
	}

	/**
	 * The report's PDF. By default it is short enough to be read to the end: the focus
	 * recommendations in full, the others and the problems one line each; {@code full}
	 * prints everything with every "Why", as the page shows it unfolded.
	 */
	byte[] render(ReportView report, String chart, Lang lang, String reportUrl, boolean full) {
		Context context = new Context(lang.locale());
		context.setVariable("full", full);
		context.setVariable("lang", lang.code());
		context.setVariable("report", report);
		context.setVariable("chart", chart);
		context.setVariable("css", css);
		context.setVariable("reportUrl", reportUrl);
		String html = templates.process(VIEW_PDF, context);
		org.jsoup.nodes.Document page = Jsoup.parse(html, reportUrl);
		// openhtmltopdf does not know disclosure widgets: on paper everything is open
		page.select("details").tagName("div").addClass("details");
		page.select("summary").tagName("p").addClass("details__title");
		org.w3c.dom.Document document = new W3CDom().fromJsoup(page);
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		try {
			new PdfRendererBuilder().useSVGDrawer(new BatikSVGDrawer())
				.useProtocolsStreamImplementation(new FontStreams(), FONT_SCHEME)
				.withW3cDocument(document, reportUrl)
				.toStream(out)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the report's PDF", ex);
		}
		return out.toByteArray();
	}

	/** {@code font:NAME} is {@code fonts/NAME} on the classpath, read once. */
	private final class FontStreams implements FSStreamFactory {

		@Override
		public FSStream getUrl(String url) {
			String name = url.substring(FONT_SCHEME.length() + 1).replace("/", "");
			byte[] bytes = fonts.computeIfAbsent(name, n -> bytes("fonts/" + n));
			return new FSStream() {
				@Override
				public InputStream getStream() {
					return new ByteArrayInputStream(bytes);
				}

				@Override
				public Reader getReader() {
					return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
				}
			};
		}

	}

	private static String read(String path) {
		return new String(bytes(path), StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing resource " + path, ex);
		}
	}

}
