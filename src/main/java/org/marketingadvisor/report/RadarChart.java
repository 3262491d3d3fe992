package org.marketingadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Draws the area scores as a radar chart in SVG on the server, so the page and the PDF
 * carry the same markup and no script is needed. One axis per area, 0 in the centre and
 * 100 at the rim; the company's scores are a filled shape, the previous assessment and
 * the peers' averages (when known) are outlines.
 */
final class RadarChart {

	/** One axis: the area's title and the values drawn on it. */
	record Axis(String label, int score, Integer previous, Integer peers) {
	}

	private static final double WIDTH = 600;

	private static final double HEIGHT = 440;

	private static final double CX = WIDTH / 2;

	private static final double CY = HEIGHT / 2;

	private static final double RADIUS = 130;

	/** Labels longer than this wrap onto a second line. */
	private static final int LINE = 18;

	private RadarChart() {
	}

	static String svg(List<Axis> axes, String title) {
		int n = axes.size();
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"radar\" viewBox=\"0 0 ")
			.append(num(WIDTH))
			.append(' ')
			.append(num(HEIGHT))
			.append("\" width=\"")
			.append(num(WIDTH))
			.append("\" height=\"")
			.append(num(HEIGHT))
			.append("\" role=\"img\" aria-label=\"")
			.append(escape(title))
			.append("\" font-family=\"PT Sans, Arial, sans-serif\" font-size=\"16\">");
		svg.append("<title>").append(escape(title)).append("</title>");
		if (n < 3) {
			return svg.append("</svg>").toString();
		}
		for (int ring = 25; ring <= 100; ring += 25) {
			int value = ring;
			svg.append("<polygon class=\"radar__ring\" fill=\"none\" stroke=\"#c9ced6\" stroke-width=\"1\" points=\"")
				.append(points(axes, a -> value))
				.append("\"/>");
		}
		for (int i = 0; i < n; i++) {
			double[] rim = point(i, n, 100);
			svg.append("<line class=\"radar__axis\" stroke=\"#c9ced6\" stroke-width=\"1\" x1=\"")
				.append(num(CX))
				.append("\" y1=\"")
				.append(num(CY))
				.append("\" x2=\"")
				.append(num(rim[0]))
				.append("\" y2=\"")
				.append(num(rim[1]))
				.append("\"/>");
		}
		for (int ring = 50; ring <= 100; ring += 50) {
			svg.append("<text class=\"radar__tick\" fill=\"#5b6472\" font-size=\"12\" x=\"")
				.append(num(CX + 4))
				.append("\" y=\"")
				.append(num(CY - RADIUS * ring / 100.0 + 13))
				.append("\">")
				.append(ring)
				.append("</text>");
		}
		if (axes.stream().allMatch(a -> a.peers() != null)) {
			svg.append("<polygon class=\"radar__peers\" fill=\"none\" stroke=\"#b45309\" stroke-width=\"2\" ")
				.append("stroke-dasharray=\"2 4\" stroke-linecap=\"round\" points=\"")
				.append(points(axes, Axis::peers))
				.append("\"/>");
		}
		if (axes.stream().allMatch(a -> a.previous() != null)) {
			svg.append("<polygon class=\"radar__previous\" fill=\"none\" stroke=\"#6b7280\" stroke-width=\"2\" ")
				.append("stroke-dasharray=\"6 4\" points=\"")
				.append(points(axes, Axis::previous))
				.append("\"/>");
		}
		svg.append("<polygon class=\"radar__score\" fill=\"#1d4ed8\" fill-opacity=\"0.22\" stroke=\"#1d4ed8\" ")
			.append("stroke-width=\"2.5\" stroke-linejoin=\"round\" points=\"")
			.append(points(axes, Axis::score))
			.append("\"/>");
		for (int i = 0; i < n; i++) {
			double[] p = point(i, n, axes.get(i).score());
			svg.append("<circle fill=\"#1d4ed8\" r=\"3.5\" cx=\"")
				.append(num(p[0]))
				.append("\" cy=\"")
				.append(num(p[1]))
				.append("\"/>");
		}
		for (int i = 0; i < n; i++) {
			label(svg, axes.get(i), i, n);
		}
		return svg.append("</svg>").toString();
	}

	private static void label(StringBuilder svg, Axis axis, int i, int n) {
		double angle = angle(i, n);
		double cos = Math.cos(angle);
		double sin = Math.sin(angle);
		double x = CX + (RADIUS + 14) * cos;
		double y = CY + (RADIUS + 14) * sin;
		String anchor = cos > 0.25 ? "start" : cos < -0.25 ? "end" : "middle";
		List<String> lines = wrap(axis.label());
		int count = lines.size() + 1;
		double lineHeight = 18;
		// above the chart the label grows upwards, below it downwards, at the sides it is
		// centred on the axis
		double top = sin < -0.5 ? y - (count - 1) * lineHeight
				: sin > 0.5 ? y + lineHeight - 4 : y - (count - 1) * lineHeight / 2 + 4;
		svg.append("<text class=\"radar__label\" fill=\"#1f2933\" text-anchor=\"")
			.append(anchor)
			.append("\" x=\"")
			.append(num(x))
			.append("\" y=\"")
			.append(num(top))
			.append("\">");
		for (int l = 0; l < lines.size(); l++) {
			svg.append("<tspan x=\"")
				.append(num(x))
				.append("\" dy=\"")
				.append(l == 0 ? "0" : num(lineHeight))
				.append("\">")
				.append(escape(lines.get(l)))
				.append("</tspan>");
		}
		svg.append("<tspan font-weight=\"bold\" x=\"")
			.append(num(x))
			.append("\" dy=\"")
			.append(num(lineHeight))
			.append("\">")
			.append(axis.score())
			.append("</tspan></text>");
	}

	static List<String> wrap(String label) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : label.split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > LINE && lines.size() < 1) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		lines.add(line.toString());
		return lines;
	}

	private static String points(List<Axis> axes, Function<Axis, Integer> value) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < axes.size(); i++) {
			double[] p = point(i, axes.size(), value.apply(axes.get(i)));
			if (i > 0) {
				points.append(' ');
			}
			points.append(num(p[0])).append(',').append(num(p[1]));
		}
		return points.toString();
	}

	private static double angle(int i, int n) {
		return -Math.PI / 2 + 2 * Math.PI * i / n;
	}

	private static double[] point(int i, int n, int value) {
		double r = RADIUS * Math.max(0, Math.min(100, value)) / 100.0;
		return new double[] { CX + r * Math.cos(angle(i, n)), CY + r * Math.sin(angle(i, n)) };
	}

	private static String num(double d) {
		return String.format(Locale.ROOT, "%.1f", d);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
