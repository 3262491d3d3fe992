package org.marketingadvisor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 * Submissions under concurrency: the packaged jar ({@code java -jar}, default settings,
 * so H2 in file mode in a fresh temporary folder) on a loopback port, and 32 or 64 client
 * threads in this JVM each posting {@code /api/v1/assessments} as fast as it is answered,
 * the body taken in turn from the whole-company scenarios. Any answer but 201, or none
 * within 30 s, fails the run: the figure only exists if there were no errors. With
 * {@code ADVISOR_BENCH_DB=postgres} in the environment the jar runs the {@code postgres}
 * profile on the database {@code ADVISOR_TEST_PG_URL}, {@code _USER} and
 * {@code _PASSWORD} name instead.
 *
 * <p>
 * Run from the project folder after {@code mvn package}:
 * {@code mvn -Pbench test-compile exec:exec -Dbench.args=SubmissionBenchmark}. Each
 * concurrency gets 10 s of warm-up and 2 minutes measured; report requests/s (the sample
 * count over the measured time) and p0.99.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 4, time = 30)
@Fork(1)
@State(Scope.Benchmark)
public class SubmissionBenchmark {

	private AppProcess app;

	private HttpClient http;

	private URI assessments;

	private List<String> bodies;

	private final AtomicInteger next = new AtomicInteger();

	private Path dataDir;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		dataDir = Files.createTempDirectory("advisor-bench");
		List<String> arguments = new ArrayList<>(List.of("--logging.level.root=WARN"));
		if ("postgres".equals(System.getenv("ADVISOR_BENCH_DB"))) {
			// the production profile on the database ADVISOR_TEST_PG_* name
			arguments.addAll(List.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + System.getenv("ADVISOR_TEST_PG_URL"),
					"--spring.datasource.username=" + System.getenv("ADVISOR_TEST_PG_USER"),
					"--spring.datasource.password=" + System.getenv("ADVISOR_TEST_PG_PASSWORD")));
		}
		app = AppProcess.start(dataDir, AppProcess.freePort(), arguments);
		assessments = app.uri("/api/v1/assessments");
		bodies = TestContent.companyRequestBodies("en");
		// one connection per client thread, kept alive, as a busy integration would
		http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		app.close();
		System.out.printf("%n%d submissions stored in %s%n", next.get(), dataDir);
	}

	private int submit() throws Exception {
		String body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(assessments)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 201) {
			throw new IllegalStateException("answered " + response.statusCode() + ": " + response.body());
		}
		return response.body().length();
	}

	@Benchmark
	@Threads(32)
	public int submit32() throws Exception {
		return submit();
	}

	@Benchmark
	@Threads(64)
	public int submit64() throws Exception {
		return submit();
	}

}
