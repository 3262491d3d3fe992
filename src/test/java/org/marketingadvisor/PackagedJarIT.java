package org.marketingadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.report.PdfChecks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Starts the executable jar exactly as a user would ({@code java -jar}) and asks it for
 * an evaluation: proves that Drools compiles the rules inside the packaged application.
 * Runs once from the project folder (rules read from disk) and once from an empty folder
 * (the copy bundled in the jar).
 */
class PackagedJarIT {

	/** A whole-company scenario's answers, as an owner would submit them. */
	private static String answers() {
		var answers = org.marketingadvisor.scenario.ScenarioLoader.load(Path.of("rules"))
			.stream()
			.filter(s -> s.scenario().id().equals("solo-owner-does-everything"))
			.findFirst()
			.orElseThrow()
			.answers();
		return tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.writeValueAsString(java.util.Map.of("lang", "en", "answers", answers));
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void executableJarStartsAndEvaluates(boolean fromProjectFolder) throws Exception {
		Path jar = Path.of(System.getProperty("advisor.jar", "target/marketing-advisor-0.1.0-SNAPSHOT.jar"))
			.toAbsolutePath();
		assertThat(jar).exists();
		Path workDir = fromProjectFolder ? Path.of("").toAbsolutePath() : Files.createTempDirectory("advisor-jar");
		int port = freePort();
		Path log = Files.createTempFile("advisor-jar", ".log");
		List<String> command = AppProcess.javaJar(jar);
		command.add("--server.port=" + port);
		// a database of the run's own, so the project's ./data stays untouched
		command.add("--spring.datasource.url=jdbc:h2:mem:jar-" + port);
		Process app = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			URI base = URI.create("http://127.0.0.1:" + port);
			waitUntilHealthy(http, base, app, log);
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/evaluations"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(answers()))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			assertThat(response.body()).contains("\"finding.owner-bottleneck\"", "\"rec.appoint-responsible\"",
					"\"rulesetVersion\"");
			String output = Files.readString(log);
			assertThat(output).contains(fromProjectFolder ? "rules compiled" : "bundled in the application");
			// version 1 holds the scenarios wherever the jar starts, so the publish gate
			// runs them
			assertThat(scenarioFilesOnDisk()).isPositive();
			assertThat(output).contains("with " + scenarioFilesOnDisk() + " scenario files");

			// the PDF report: fonts, template and style sheet all come out of the jar
			HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/assessments"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(answers().replace("\"en\"", "\"ru\"")))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			String pdfPath = tools.jackson.databind.json.JsonMapper.builder()
				.build()
				.readTree(created.body())
				.get("links")
				.get("pdf")
				.stringValue();
			HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(base.resolve(pdfPath)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
			PdfChecks.assertReport(pdf.body(), "Отчёт: маркетинг в вашей компании",
					java.util.List.of("Главное", "Оценка по областям", "Рекомендации"),
					java.util.List.of("Назначьте одного человека, отвечающего за интернет-маркетинг"));
		}
		finally {
			app.destroy();
			if (!app.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
	}

	private static void waitUntilHealthy(HttpClient http, URI base, Process app, Path log) throws Exception {
		Instant deadline = Instant.now().plusSeconds(90);
		while (Instant.now().isBefore(deadline)) {
			if (!app.isAlive()) {
				throw new AssertionError("the application exited:\n" + Files.readString(log));
			}
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(base.resolve("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(500);
		}
		throw new AssertionError("the application did not become healthy:\n" + Files.readString(log));
	}

	/** The scenario files of the project's rules/scenarios/. */
	private static int scenarioFilesOnDisk() {
		return org.marketingadvisor.knowledge.SourceFiles
			.read(Path.of("rules"), org.marketingadvisor.scenario.ScenarioLoader::isScenarioFile)
			.size();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void jarBundlesTheContentFolders() throws Exception {
		Path jar = Path.of(System.getProperty("advisor.jar", "target/marketing-advisor-0.1.0-SNAPSHOT.jar"));
		try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
			assertThat(zip.getEntry("BOOT-INF/classes/advisor-content/knowledge-base/questionnaire.yaml")).isNotNull();
			assertThat(zip.getEntry("BOOT-INF/classes/advisor-content/rules/findings/owner-role.drl")).isNotNull();
			String scenarios = "BOOT-INF/classes/advisor-content/rules/scenarios/";
			assertThat(zip.stream().filter(e -> e.getName().startsWith(scenarios) && e.getName().endsWith(".yaml")))
				.hasSize(scenarioFilesOnDisk())
				.isNotEmpty();
		}
	}

}
