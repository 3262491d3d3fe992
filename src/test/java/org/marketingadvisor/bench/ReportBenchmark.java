package org.marketingadvisor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.marketingadvisor.AdvisorApplication;
import org.marketingadvisor.scenario.ScenarioLoader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * The report as the owner gets it: the whole application on a random port with an
 * in-memory database, one submitted assessment (the solo owner: the longest report, 27
 * problems and 22 recommendations), and HTTP requests for its page and its PDF, as a
 * browser makes them (response fully read).
 *
 * <p>
 * Run from the project folder:
 * {@code mvn -Pbench test-compile exec:exec -Dbench.args=ReportBenchmark}. Report the
 * p0.50 figures.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class ReportBenchmark {

	private ConfigurableApplicationContext app;

	private HttpClient http;

	private URI page;

	private URI pdf;

	private URI json;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		app = new SpringApplicationBuilder(AdvisorApplication.class).properties(Map.of("server.port", "0",
				"spring.datasource.url", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "logging.level.root", "WARN"))
			.run();
		String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
		http = HttpClient.newHttpClient();
		Map<String, Object> answers = ScenarioLoader.load(Path.of("rules"))
			.stream()
			.filter(s -> s.scenario().id().equals("solo-owner-does-everything"))
			.findFirst()
			.orElseThrow()
			.answers();
		JsonMapper mapper = JsonMapper.builder().build();
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/assessments"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(mapper.writeValueAsString(Map.of("lang", "ru", "answers", answers))))
			.build(), HttpResponse.BodyHandlers.ofString());
		var links = mapper.readTree(created.body()).get("links");
		page = URI.create(base + links.get("html").stringValue());
		pdf = URI.create(base + links.get("pdf").stringValue());
		json = URI.create(base + links.get("json").stringValue());
	}

	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		System.out.printf("%npage %d bytes, PDF %d bytes%n", get(page), get(pdf));
		app.close();
	}

	private int get(URI uri) throws Exception {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + " answered " + response.statusCode());
		}
		return response.body().length;
	}

	/** The report page: build the report, draw the chart, render the template. */
	@Benchmark
	public int reportPage() throws Exception {
		return get(page);
	}

	/** The PDF: the same report laid out by openhtmltopdf with fonts and the chart. */
	@Benchmark
	public int reportPdf() throws Exception {
		return get(pdf);
	}

	/** The report as JSON. */
	@Benchmark
	public int reportJson() throws Exception {
		return get(json);
	}

}
