package org.marketingadvisor.knowledge;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads content files strictly: an unknown or misspelt key, a duplicate key or trailing
 * content is a problem, reported with the file, line and column instead of being silently
 * ignored.
 */
public final class StrictYaml {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
		.build();

	private StrictYaml() {
	}

	/**
	 * The file's content as {@code type}, or null with a problem added (prefixed by
	 * {@code displayPath}) when it cannot be read or is empty.
	 */
	public static <T> T read(SourceFile file, String displayPath, Class<T> type, List<Problem> problems) {
		try {
			T value = YAML.readValue(file.content(), type);
			if (value == null) {
				problems.add(Problem.in(displayPath, "problem.yaml.empty"));
			}
			return value;
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			// the parser's own words, as the compiler's for rules: they name the field
			String message = String.valueOf(ex.getOriginalMessage());
			problems
				.add(location == null || location.getLineNr() <= 0 ? Problem.in(displayPath, "problem.yaml", message)
						: Problem.at(displayPath, location.getLineNr(), location.getColumnNr(), "problem.yaml.at",
								message, String.valueOf(location.getLineNr()), String.valueOf(location.getColumnNr()),
								String.valueOf(ex.getPathReference())));
			return null;
		}
	}

}
