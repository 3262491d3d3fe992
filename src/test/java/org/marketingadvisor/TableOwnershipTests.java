package org.marketingadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One owner per table: a table is read and written by the module that owns it, and the
 * others ask that module (its API, or a copy of their own filled from its events). The
 * SQL of the main code (its string literals) and the JPA mappings are read per module; a
 * table the migrations create that is not in {@link #OWNERS} fails too, so a new table
 * gets an owner when it is made.
 */
class TableOwnershipTests {

	/** Every table of the migrations, by its owner. */
	static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("assessment", "assessment"),
			Map.entry("assessment_score", "report"), Map.entry("assessment_area_score", "report"),
			Map.entry("assessment_finding", "report"), Map.entry("peer_score_sum", "report"),
			Map.entry("annotation", "report"), Map.entry("audit_event", "audit"),
			Map.entry("ruleset_version", "ruleset"), Map.entry("ruleset_file", "ruleset"),
			Map.entry("draft_change", "ruleset"), Map.entry("draft_change_file", "ruleset"),
			Map.entry("account", "security"));

	private static final Pattern CREATE = Pattern.compile("(?i:CREATE TABLE)\\s+(\\w+)");

	private static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");

	private static final Pattern USE = Pattern.compile("(?i:FROM|JOIN|INTO|UPDATE|TABLE)\\s+(\\w+)");

	private static final Pattern ENTITY = Pattern.compile("@Table\\(name\\s*=\\s*\"(\\w+)\"");

	@Test
	void everyTableOfTheMigrationsHasAnOwner() throws IOException {
		Set<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path file : files.toList()) {
				Matcher m = CREATE.matcher(Files.readString(file));
				while (m.find()) {
					created.add(m.group(1));
				}
			}
		}
		assertThat(created).isEqualTo(OWNERS.keySet());
	}

	@Test
	void onlyItsOwnerTouchesATable() throws IOException {
		Map<String, Set<String>> users = new TreeMap<>();
		Path main = Path.of("src/main/java/org/marketingadvisor");
		try (Stream<Path> files = Files.walk(main)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Path relative = main.relativize(file);
				String module = relative.getNameCount() < 2 ? "(root)" : relative.getName(0).toString();
				String code = Files.readString(file);
				StringBuilder strings = new StringBuilder();
				Matcher s = STRING.matcher(code);
				while (s.find()) {
					strings.append(s.group(1));
				}
				Matcher use = USE.matcher(strings);
				while (use.find()) {
					if (OWNERS.containsKey(use.group(1))) {
						users.computeIfAbsent(use.group(1), t -> new TreeSet<>()).add(module);
					}
				}
				Matcher entity = ENTITY.matcher(code);
				while (entity.find()) {
					users.computeIfAbsent(entity.group(1), t -> new TreeSet<>()).add(module);
				}
			}
		}
		assertThat(users).as("the modules whose code touches each table").containsOnlyKeys(OWNERS.keySet());
		users.forEach((table, modules) -> assertThat(modules).as(table).containsExactly(OWNERS.get(table)));
		assertThat(users).as("the assessment table, read with raw SQL elsewhere before")
			.containsEntry("assessment", Set.of("assessment"));
	}

}
