package org.marketingadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing acknowledged is lost when the application is killed: the packaged jar, started
 * as a user does in a folder of its own, takes submissions from 16 client threads and is
 * killed with SIGKILL while they are in flight, three times, then restarted on the same
 * database; every assessment answered 201 (1,000 in all) must be there, with its scores,
 * and a rule-set version published just before a kill must be the live one. Once on H2
 * with the default settings (file mode under ./data/), once on PostgreSQL (the server
 * {@code .ci/run} starts; skipped without one, required in CI).
 */
class CrashDurabilityIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int SUBMISSIONS = 1_000;

	private static final int KILLS = 3;

	private static final int CLIENTS = 16;

	private static final String ADMIN_PASSWORD = "crash-test-" + UUID.randomUUID();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern NEW_DRAFT = Pattern.compile("/consultant/rules/drafts/([0-9a-f-]{36})$");

	/** Where the application keeps its data, and how the test reads it afterwards. */
	private record Database(List<String> arguments, String url, String user, String password) {
	}

	@Test
	void nothingAcknowledgedIsLostOnH2() throws Exception {
		Path workDir = Files.createTempDirectory("advisor-crash-h2");
		// no datasource argument: the default, jdbc:h2:file:./data/advisor, in workDir
		run(workDir, new Database(List.of(), "jdbc:h2:file:" + workDir.resolve("data/advisor"), "sa", ""));
	}

	@Test
	void nothingAcknowledgedIsLostOnPostgresql() throws Exception {
		String url = System.getenv("ADVISOR_TEST_PG_URL");
		if (url == null && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must provide PostgreSQL: ADVISOR_TEST_PG_URL is not set");
		}
		Assumptions.assumeTrue(url != null, "ADVISOR_TEST_PG_URL not set: no PostgreSQL to test against");
		String user = System.getenv("ADVISOR_TEST_PG_USER");
		String password = System.getenv("ADVISOR_TEST_PG_PASSWORD");
		String schema = "crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		execute(url, user, password, "CREATE SCHEMA " + schema);
		try {
			run(Files.createTempDirectory("advisor-crash-pg"),
					new Database(
							List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + schemaUrl,
									"--spring.datasource.username=" + user, "--spring.datasource.password=" + password),
							schemaUrl, user, password));
		}
		finally {
			execute(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}

	private void run(Path workDir, Database db) throws Exception {
		int port = AppProcess.freePort();
		List<String> arguments = new ArrayList<>(db.arguments());
		arguments.add("--advisor.security.admin-password=" + ADMIN_PASSWORD);
		List<String> bodies = TestContent.companyRequestBodies("en");

		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		String published = null;
		for (int kill = 1; kill <= KILLS; kill++) {
			long started = System.nanoTime();
			AppProcess app = AppProcess.start(workDir, port, arguments);
			try {
				long checked = System.nanoTime();
				int before = acknowledged.size();
				assertAllThere(app, acknowledged);
				long loaded = System.nanoTime();
				int target = SUBMISSIONS * kill / KILLS;
				// a few more requests than needed, so that some are in flight at the kill
				try (Load load = new Load(app, bodies, acknowledged, target - acknowledged.size() + CLIENTS)) {
					if (kill == 2) {
						// halfway through this round, publish; the kill follows its
						// acknowledgement
						load.awaitAcknowledged((acknowledged.size() + target) / 2);
						published = publish(app);
					}
					else {
						load.awaitAcknowledged(target);
					}
					app.kill();
				}
				System.out.printf("kill %d: started in %d ms, %d checked in %d ms, %d acknowledged after %d ms%n", kill,
						(checked - started) / 1_000_000, before, (loaded - checked) / 1_000_000, acknowledged.size(),
						(System.nanoTime() - loaded) / 1_000_000);
			}
			finally {
				app.kill();
			}
		}
		assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(SUBMISSIONS);

		try (AppProcess app = AppProcess.start(workDir, port, arguments)) {
			assertAllThere(app, acknowledged);
		}
		// the database itself, read after an orderly stop: stored, submitted, scored; and
		// the version published just before a kill is the live one
		try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
			Set<String> scored = new java.util.HashSet<>();
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("SELECT a.token FROM assessment a JOIN assessment_score s "
							+ "ON s.assessment_id = a.id WHERE a.status = 'SUBMITTED'")) {
				while (rs.next()) {
					scored.add(rs.getString(1));
				}
			}
			assertThat(scored).as("every acknowledged assessment is stored, submitted and scored")
				.containsAll(acknowledged);
			try (PreparedStatement p = c
				.prepareStatement("SELECT number FROM ruleset_version WHERE status = 'PUBLISHED' AND message = ?")) {
				p.setString(1, published);
				try (ResultSet rs = p.executeQuery()) {
					assertThat(rs.next()).as("the acknowledged publish survived the kill").isTrue();
					int number = rs.getInt(1);
					try (Statement s = c.createStatement();
							ResultSet max = s
								.executeQuery("SELECT MAX(number) FROM ruleset_version WHERE status = 'PUBLISHED'")) {
						max.next();
						assertThat(max.getInt(1)).as("and is the live version").isEqualTo(number);
					}
				}
			}
		}
	}

	/** Every acknowledged assessment's report, over HTTP, from 8 threads. */
	private static void assertAllThere(AppProcess app, Set<String> tokens) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> missing = new ArrayList<>();
			for (String token : tokens) {
				missing.add(pool.submit(() -> {
					HttpResponse<String> report = http.send(HttpRequest.newBuilder(app.uri("/api/v1/reports/" + token))
						.timeout(Duration.ofSeconds(30))
						.build(), HttpResponse.BodyHandlers.ofString());
					return report.statusCode() == 200 && report.body().contains("\"rulesetVersion\"") ? null : token;
				}));
			}
			List<String> lost = new ArrayList<>();
			for (Future<String> f : missing) {
				if (f.get() != null) {
					lost.add(f.get());
				}
			}
			assertThat(lost).as("acknowledged assessments missing after a kill (of %d)", tokens.size()).isEmpty();
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Signs in as the first admin, makes a draft of the live rules and publishes it;
	 * returns the version's message once the publish is acknowledged (redirect to the
	 * versions list).
	 */
	private static String publish(AppProcess app) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String login = send(http, get(app.uri("/login?lang=en")), 200).body();
		HttpResponse<String> signedIn = send(http,
				form(app.uri("/login"), Map.of("username", "admin", "password", ADMIN_PASSWORD, "_csrf", csrf(login))),
				302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String versions = send(http, get(app.uri("/consultant/rules?lang=en")), 200).body();
		String message = "crash test " + UUID.randomUUID();
		HttpResponse<String> draft = send(http,
				form(app.uri("/consultant/rules/drafts"), Map.of("message", message, "_csrf", csrf(versions))), 302);
		Matcher id = NEW_DRAFT.matcher(draft.headers().firstValue("Location").orElse(""));
		assertThat(id.find()).as(draft.headers().toString()).isTrue();
		String draftPage = send(http, get(app.uri("/consultant/rules/drafts/" + id.group(1) + "?lang=en")), 200).body();
		HttpResponse<String> done = send(http, form(app.uri("/consultant/rules/drafts/" + id.group(1) + "/publish"),
				Map.of("message", message, "_csrf", csrf(draftPage))), 302);
		assertThat(done.headers().firstValue("Location").orElse("")).as("published, not refused")
			.matches(".*/consultant/rules(#.*)?");
		return message;
	}

	private static HttpRequest get(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build();
	}

	private static HttpRequest form(URI uri, Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
			.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
	}

	private static HttpResponse<String> send(HttpClient http, HttpRequest request, int status) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(request.uri() + " " + response.headers()).isEqualTo(status);
		return response;
	}

	private static String csrf(String page) {
		Matcher m = CSRF.matcher(page);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		return m.group(1).replace("&#45;", "-");
	}

	private static void execute(String url, String user, String password, String sql) throws Exception {
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	/**
	 * Client threads posting assessments until closed; only a 201 counts as acknowledged,
	 * anything else (the connection reset by the kill) does not.
	 */
	private static final class Load implements AutoCloseable {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

		private final Set<String> acknowledged;

		private final AtomicInteger failures = new AtomicInteger();

		Load(AppProcess app, List<String> bodies, Set<String> acknowledged, int requests) {
			this.acknowledged = acknowledged;
			AtomicInteger permits = new AtomicInteger(requests);
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			AtomicInteger next = new AtomicInteger();
			for (int i = 0; i < CLIENTS; i++) {
				clients.submit(() -> {
					while (running.get() && permits.getAndDecrement() > 0) {
						String body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
						try {
							HttpResponse<String> response = http
								.send(HttpRequest.newBuilder(app.uri("/api/v1/assessments"))
									.timeout(Duration.ofSeconds(30))
									.header("Content-Type", "application/json")
									.POST(HttpRequest.BodyPublishers.ofString(body))
									.build(), HttpResponse.BodyHandlers.ofString());
							if (response.statusCode() == 201) {
								JsonNode created = JSON.readTree(response.body());
								acknowledged.add(created.get("token").stringValue());
							}
							else if (running.get()) {
								failures.incrementAndGet();
							}
						}
						catch (IOException killed) {
							// not acknowledged: the application died under it
						}
					}
					return null;
				});
			}
		}

		void awaitAcknowledged(int count) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
			while (acknowledged.size() < count) {
				assertThat(System.nanoTime()).as("%d of %d acknowledged in time", acknowledged.size(), count)
					.isLessThan(deadline);
				assertThat(failures.get()).as("answers other than 201 while running").isZero();
				Thread.sleep(1);
			}
		}

		@Override
		public void close() throws InterruptedException {
			running.set(false);
			clients.shutdown();
			if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
				clients.shutdownNow();
			}
		}

	}

}
