package org.marketingadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each top-level package is a capability; this pins which capabilities may use which, so
 * the engine never learns about the web, and content ({@code knowledge}) depends on
 * nothing.
 */
class ModularityTests {

	private static final String ROOT = "org.marketingadvisor.";

	private static final Map<String, Set<String>> ALLOWED = Map.of("knowledge", Set.of(), "engine", Set.of("knowledge"),
			"web", Set.of("knowledge"), "questionnaire", Set.of("knowledge", "engine", "web"), "assessment",
			Set.of("knowledge", "engine", "questionnaire", "web"), "authoring",
			Set.of("knowledge", "engine", "questionnaire", "web", "security", "assessment"), "report",
			Set.of("knowledge", "engine", "questionnaire", "assessment", "web", "security"), "security",
			Set.of("knowledge", "web"));

	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.marketingadvisor\\.(\\w+)\\.",
			Pattern.MULTILINE);

	@Test
	void capabilitiesOnlyUseTheCapabilitiesTheyAreAllowedTo() throws IOException {
		Path main = Path.of("src/main/java/org/marketingadvisor");
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(main)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Path relative = main.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				String module = relative.getName(0).toString();
				assertThat(ALLOWED).as("capability " + module + " is declared in this test").containsKey(module);
				Matcher m = IMPORT.matcher(Files.readString(file));
				while (m.find()) {
					String used = m.group(1);
					if (!used.equals(module) && !ALLOWED.get(module).contains(used)) {
						violations.add(ROOT + module + " uses " + ROOT + used + " in " + relative);
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}

}
