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
	public static <T> T read(SourceFile file, String displayPath, Class<T> type, List<String> problems) {
		try {
			T value = YAML.readValue(file.content(), type);
			if (value == null) {
				problems.add(displayPath + ": file is empty");
			}
			return value;
		}
		catch (JacksonException ex) {
			var location = ex.getLocation();
			problems.add(displayPath + ": " + ex.getOriginalMessage()
					+ (location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr()
							+ ", at " + ex.getPathReference() + ")"));
			return null;
		}
	}

}
