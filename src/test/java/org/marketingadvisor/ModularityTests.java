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

	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(Map.entry("knowledge", Set.of()),
			Map.entry("engine", Set.of("knowledge")), Map.entry("web", Set.of("knowledge")),
			Map.entry("questionnaire", Set.of("knowledge", "engine", "web")),
			Map.entry("assessment", Set.of("knowledge", "engine", "questionnaire", "web")),
			Map.entry("report", Set.of("knowledge", "engine", "questionnaire", "assessment", "web")),
			Map.entry("security", Set.of("knowledge", "web")),
			Map.entry("ruleset", Set.of("knowledge", "engine", "security", "assessment", "web")),
			Map.entry("scenario", Set.of("knowledge", "engine", "questionnaire", "assessment", "ruleset", "web")),
			Map.entry("lint", Set.of("knowledge", "engine", "questionnaire", "ruleset")),
			Map.entry("editor", Set.of("knowledge", "engine", "lint", "ruleset", "web")),
			Map.entry("impact", Set.of("knowledge", "engine", "questionnaire", "assessment", "ruleset", "web")),
			Map.entry("audit", Set.of("security", "ruleset", "report", "web")));

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
