package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a report's PDF must hold, read back with PDFBox: its text (Cyrillic included, so
 * the embedded fonts work), page numbers, the embedded fonts, and the radar chart, found
 * as the chart's tinted area on the rendered first pages.
 */
public final class PdfChecks {

	/** The chart's fill, #1d4ed8 at 22 % over white, as the renderer blends it. */
	private static final int[] CHART_TINT = { 203, 214, 248 };

	private PdfChecks() {
	}

	/** The text of each page, whitespace collapsed so wrapped lines read as one. */
	public static List<String> pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				pages.add(stripper.getText(document).replaceAll("\\s+", " ").trim());
			}
			return pages;
		}
	}

	/**
	 * The last line of text above the running footer on each page, whitespace collapsed:
	 * what a reader sees at the foot of the page.
	 */
	public static List<String> lastLines(byte[] pdf, String footer) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<String> last = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				stripper.setStartPage(i);
				stripper.setEndPage(i);
				String found = "";
				for (String line : stripper.getText(document).split("\\R")) {
					String text = line.replaceAll("\\s+", " ").trim();
					if (!text.isEmpty() && !text.contains(footer) && !text.matches(".*\\d+ / \\d+")) {
						found = text;
					}
				}
				last.add(found);
			}
			return last;
		}
	}

	public static String text(byte[] pdf) throws IOException {
		return String.join(" ", pages(pdf));
	}

	/** Names of the fonts used on the pages. */
	public static List<String> fonts(byte[] pdf) throws IOException {
		List<String> names = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					names.add(font.getName() + (font.isEmbedded() ? " (embedded)" : ""));
				}
			}
		}
		return names;
	}

	/**
	 * How many pixels of the first {@code pages} pages, rendered at 50 dpi, have the
	 * chart's tint.
	 */
	public static int chartPixels(byte[] pdf, int pages) throws IOException {
		int count = 0;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int p = 0; p < Math.min(pages, document.getNumberOfPages()); p++) {
				BufferedImage image = renderer.renderImageWithDPI(p, 50);
				for (int y = 0; y < image.getHeight(); y++) {
					for (int x = 0; x < image.getWidth(); x++) {
						int rgb = image.getRGB(x, y);
						if (close((rgb >> 16) & 0xff, CHART_TINT[0]) && close((rgb >> 8) & 0xff, CHART_TINT[1])
								&& close(rgb & 0xff, CHART_TINT[2])) {
							count++;
						}
					}
				}
			}
		}
		return count;
	}

	/**
	 * For each page, how far down its text area (above the running footer) something is
	 * drawn, as a share of that area's height: 0.25 is a page three-quarters empty.
	 */
	public static List<Double> filled(byte[] pdf) throws IOException {
		List<Double> shares = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFRenderer renderer = new PDFRenderer(document);
			for (int p = 0; p < document.getNumberOfPages(); p++) {
				BufferedImage image = renderer.renderImageWithDPI(p, 36);
				// the style sheet's margins: 16 mm on top, 18 mm at the foot of 297
				int top = image.getHeight() * 16 / 297;
				int bottom = image.getHeight() * (297 - 18) / 297;
				int last = top;
				for (int y = top; y < bottom; y++) {
					for (int x = 0; x < image.getWidth(); x++) {
						if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
							last = y;
							break;
						}
					}
				}
				shares.add((double) (last - top) / (bottom - top));
			}
		}
		return shares;
	}

	private static boolean close(int a, int b) {
		return Math.abs(a - b) <= 10;
	}

	/** The checks every report PDF passes, whatever produced it. */
	public static void assertReport(byte[] pdf, String title, List<String> headings, List<String> recommendations)
			throws IOException {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		List<String> pages = pages(pdf);
		String all = String.join(" ", pages);
		assertThat(all).contains(title);
		assertThat(all).contains(headings);
		for (String recommendation : recommendations) {
			assertThat(all).as("recommendation title").contains(recommendation.replaceAll("\\s+", " "));
		}
		for (int i = 0; i < pages.size(); i++) {
			assertThat(pages.get(i)).as("page number on page " + (i + 1)).contains((i + 1) + " / " + pages.size());
		}
		assertThat(fonts(pdf)).isNotEmpty().allMatch(f -> f.contains("PTSans") && f.endsWith("(embedded)"));
		assertThat(chartPixels(pdf, 2)).as("the radar chart's tinted area").isGreaterThan(1500);
	}

}
