package org.marketingadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a capability and a Spring Modulith module; its
 * {@code package-info} declares which modules it may use. {@code verify()} reads the
 * compiled classes, so a fully-qualified reference counts as much as an import: no
 * cycles, no module reaching into another's internals, no dependency its declaration does
 * not allow. The module documentation under {@code docs/modules/} is written from the
 * same model, so it is always current.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(AdvisorApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void everyCapabilityOfTheDesignIsAModule() {
		assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
			.containsExactlyInAnyOrder("knowledge", "engine", "questionnaire", "assessment", "report", "ruleset",
					"scenario", "lint", "editor", "impact", "preview", "audit", "security", "web");
	}

	@Test
	void theModuleDocumentationIsWritten() throws IOException {
		Path out = Path.of("docs", "modules");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString())).writeDocumentation()
			.writeIndividualModulesAsPlantUml();
		try (Stream<Path> files = Files.list(out)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				Files.write(file, inStableOrder(Files.readAllLines(file)));
			}
		}
		assertThat(out.resolve("components.puml")).content().contains("\"Ruleset\"", "\"Audit\"", "\"Lint\"");
		assertThat(out.resolve("module-ruleset.adoc")).exists();
	}

	/**
	 * The lines with runs of components and of relations each sorted: the Documenter
	 * writes them in the order of a hash set, and the committed diagrams should change
	 * only when the modules do.
	 */
	static List<String> inStableOrder(List<String> lines) {
		List<String> out = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String kind = null;
		for (String line : lines) {
			String k = line.strip().startsWith("Rel(") ? "Rel("
					: line.strip().startsWith("Component(") ? "Component(" : null;
			if (k == null || !k.equals(kind)) {
				run.sort(null);
				out.addAll(run);
				run.clear();
			}
			kind = k;
			if (k == null) {
				out.add(line);
			}
			else {
				run.add(line);
			}
		}
		run.sort(null);
		out.addAll(run);
		return out;
	}

	private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])org\\.marketingadvisor\\.(\\w+)\\.[A-Z]");

	/**
	 * Code names what it uses from another module in its imports, where a reader (and a
	 * reviewer of the dependencies) sees it, never fully qualified in the middle of a
	 * method; comments may link by full name, and strings (the DRL a file writes) may
	 * hold one.
	 */
	@Test
	void noFullyQualifiedReachInsToOtherModules() throws IOException {
		Path main = Path.of("src/main/java/org/marketingadvisor");
		List<String> violations = new ArrayList<>();
		try (Stream<Path> files = Files.walk(main)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Path relative = main.relativize(file);
				String module = relative.getNameCount() < 2 ? "" : relative.getName(0).toString();
				String code = Files.readString(file)
					.replaceAll("(?s)/\\*.*?\\*/", "")
					.replaceAll("\"(?:\\\\.|[^\"\\\\\n])*\"", "\"\"")
					.replaceAll("//[^\n]*", "")
					.replaceAll("(?m)^(import|package) .*$", "");
				Matcher m = QUALIFIED.matcher(code);
				while (m.find()) {
					if (!m.group(1).equals(module)) {
						violations.add(relative + " names " + m.group() + "… in full");
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}

}
