package org.marketingadvisor.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.marketingadvisor.AppProcess;
import org.marketingadvisor.TestContent;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The weight of the evaluation response over HTTP: the packaged jar on a loopback port,
 * and 8 client threads in this JVM asking, in one run and one app, for the bare health
 * endpoint, the full evaluation (every text in the request's language) and the compact
 * one ({@code ?view=compact}: ids, severities, rules and evidence), the bodies taken in
 * turn from the whole-company scenarios. Any answer but 200 fails the run.
 *
 * <p>
 * Run from the project folder after {@code mvn package}:
 * {@code mvn -Pbench test-compile exec:exec -Dbench.args=EvaluationViewBenchmark}; report
 * each benchmark's requests/s (the sample count over the measured time) beside health's.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(1)
@Threads(8)
@State(Scope.Benchmark)
public class EvaluationViewBenchmark {

	private AppProcess app;

	private HttpClient http;

	private List<String> bodies;

	private final AtomicInteger next = new AtomicInteger();

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		app = AppProcess.start(Files.createTempDirectory("advisor-bench"), AppProcess.freePort(),
				List.of("--logging.level.root=WARN"));
		bodies = TestContent.companyRequestBodies("ru");
		http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		app.close();
	}

	private int send(HttpRequest request) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("answered " + response.statusCode() + ": " + response.body());
		}
		return response.body().length();
	}

	private int evaluate(String path) throws Exception {
		String body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
		return send(HttpRequest.newBuilder(app.uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	@Benchmark
	public int health() throws Exception {
		return send(HttpRequest.newBuilder(app.uri("/actuator/health")).timeout(Duration.ofSeconds(30)).build());
	}

	@Benchmark
	public int evaluationFull() throws Exception {
		return evaluate("/api/v1/evaluations");
	}

	@Benchmark
	public int evaluationCompact() throws Exception {
		return evaluate("/api/v1/evaluations?view=compact");
	}

}
