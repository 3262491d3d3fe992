package org.marketingadvisor.editor;

/**
 * A problem split into where (file, line, column, when the message says) and what, so the
 * page can link to the place in the editor.
 */
record PlacedProblem(String file, Integer line, Integer column, String text) {

	private static final java.util.regex.Pattern WHERE = java.util.regex.Pattern
		.compile("^((?:rules|knowledge-base)/[^:]+?)(?::(\\d+))?(?::(\\d+))?: (.*)$", java.util.regex.Pattern.DOTALL);

	private static final java.util.regex.Pattern YAML_WHERE = java.util.regex.Pattern
		.compile("\\(line (\\d+), column (\\d+)");

	static PlacedProblem parse(String problem) {
		var m = WHERE.matcher(problem);
		if (!m.matches()) {
			return new PlacedProblem(null, null, null, problem);
		}
		if (m.group(2) == null) {
			// YAML problems say where in words: "(line 12, column 5, at ...)"
			var yaml = YAML_WHERE.matcher(m.group(4));
			if (yaml.find()) {
				return new PlacedProblem(m.group(1), Integer.valueOf(yaml.group(1)), Integer.valueOf(yaml.group(2)),
						m.group(4));
			}
		}
		return new PlacedProblem(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)),
				m.group(3) == null ? null : Integer.valueOf(m.group(3)), m.group(4));
	}

	public String where() {
		return file + (line == null ? "" : ":" + line + (column == null ? "" : ":" + column));
	}

}
