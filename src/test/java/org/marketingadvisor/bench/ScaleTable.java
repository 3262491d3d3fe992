package org.marketingadvisor.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marketingadvisor.AppProcess;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The scale table of {@code docs/benchmarks.md}: for each size N (10k, 100k, 1M by
 * default), grows one database to N submitted assessments, starts the packaged jar on it
 * on a loopback port and times, from one HTTP client: the consultants' list (first page,
 * a deep page by number and the page after it by cursor, the same with a finding filter),
 * a report page and its PDF (medians and p0.90 after a warm-up), the whole CSV (streamed
 * and counted, rows/s) and an impact preview of a new draft over every stored assessment
 * (the time to its sample estimate from the click, and the full run's assessments/s from
 * the application's log). The jar runs with the heap given by
 * {@code advisor.jar.jvm-options} (say {@code -Xmx512m}), so a CSV or a preview that held
 * the table in memory would fail.
 *
 * <p>
 * The database starts with {@value BulkCopies#TEMPLATES} assessments stored through the
 * application's own submission path ({@link SeedAssessments}) and grows by copies of them
 * ({@link BulkCopies}). H2: a file database in a fresh temporary folder. PostgreSQL: the
 * empty database named by {@code ADVISOR_TEST_PG_URL}, {@code ADVISOR_TEST_PG_USER} and
 * {@code ADVISOR_TEST_PG_PASSWORD}. From the project folder, after {@code mvn package}:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx1g -Dadvisor.jar.jvm-options=-Xmx512m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.marketingadvisor.bench.ScaleTable h2 10000 100000 1000000
 * </pre>
 */
public final class ScaleTable {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern OLDER = Pattern.compile("<a href=\"([^\"]+)\">[^<]*</a>\\s*</nav>");

	private static final Pattern REPORT = Pattern.compile("href=\"(/reports/[^\"]+)\"");

	private static final Pattern COUNT = Pattern.compile("class=\"list-count\">[^<0-9]*([0-9][0-9,. \u00A0]*)");

	private static final Pattern DRAFT = Pattern.compile("/consultant/rules/drafts/([0-9a-f-]{36})");

	private static final Pattern ESTIMATE_LOG = Pattern
		.compile("Impact estimate of draft [^:]+: (\\d+) of (\\d+) sampled reports change \\((\\d+) ms\\)");

	private static final Pattern PREVIEW_LOG = Pattern
		.compile("Impact preview of draft [^:]+: (\\d+) of (\\d+) reports change \\((\\d+) ms\\)");

	private static final String FINDING = "finding.owner-bottleneck";

	private final Map<String, Map<Long, String>> table = new LinkedHashMap<>();

	private ScaleTable() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1 || !List.of("h2", "postgres").contains(args[0])) {
			System.err.println("usage: ScaleTable h2|postgres [size ...]");
			System.exit(2);
		}
		boolean postgres = args[0].equals("postgres");
		List<Long> sizes = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			sizes.add(Long.parseLong(args[i].replace("_", "")));
		}
		if (sizes.isEmpty()) {
			sizes.addAll(List.of(10_000L, 100_000L, 1_000_000L));
		}
		Collections.sort(sizes);
		new ScaleTable().run(postgres, sizes);
	}

	private void run(boolean postgres, List<Long> sizes) throws Exception {
		// H2: ADVISOR_SCALE_DIR names an earlier run's folder to measure again (its
		// admin gets a new password), rather than a fresh one
		String again = postgres ? null : System.getenv("ADVISOR_SCALE_DIR");
		Path workDir = again != null ? Path.of(again) : Files.createTempDirectory("advisor-scale");
		String url = postgres ? System.getenv("ADVISOR_TEST_PG_URL")
				: "jdbc:h2:file:" + workDir.resolve("data/advisor");
		String user = postgres ? System.getenv("ADVISOR_TEST_PG_USER") : null;
		String dbPassword = postgres ? System.getenv("ADVISOR_TEST_PG_PASSWORD") : null;
		if (url == null) {
			throw new IllegalStateException("ADVISOR_TEST_PG_URL, _USER and _PASSWORD name the PostgreSQL database");
		}
		if (postgres && BulkCopies.submitted(url, user, dbPassword) > 0) {
			throw new IllegalStateException("ScaleTable needs an empty database: " + url + " has assessments");
		}
		String admin = "scale-" + UUID.randomUUID();
		long started = System.nanoTime();
		if (again != null) {
			try (Connection db = DriverManager.getConnection(url, "sa", "")) {
				db.createStatement()
					.executeUpdate("UPDATE account SET password_hash = '" + new BCryptPasswordEncoder().encode(admin)
							+ "', must_change_password = FALSE WHERE username = 'admin'");
			}
		}
		else {
			SeedAssessments.seed(url, user, dbPassword, (int) Math.min(BulkCopies.TEMPLATES, sizes.get(0)), admin);
			System.out.printf("stored %d assessments through the application in %.1f s%n",
					Math.min(BulkCopies.TEMPLATES, sizes.get(0)), (System.nanoTime() - started) / 1e9);
		}
		List<String> appArguments = new ArrayList<>(
				List.of("--advisor.security.admin-password=" + admin, "--logging.level.root=WARN",
						"--logging.level.org.marketingadvisor.impact=INFO", "--spring.datasource.url=" + url));
		if (postgres) {
			appArguments.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.username=" + user,
					"--spring.datasource.password=" + dbPassword));
		}
		for (long size : sizes) {
			started = System.nanoTime();
			long added = BulkCopies.grow(url, user, dbPassword, size);
			System.out.printf("grew to %,d assessments (%,d copies) in %.1f s%n", size, added,
					(System.nanoTime() - started) / 1e9);
			started = System.nanoTime();
			try (AppProcess app = AppProcess.start(workDir, AppProcess.freePort(), appArguments)) {
				put("application start-up (to healthy)", size,
						String.format("%.1f s", (System.nanoTime() - started) / 1e9));
				measure(app, size, admin);
			}
			print();
		}
	}

	private void measure(AppProcess app, long size, String admin) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String login = body(http, app.uri("/login?lang=en"));
		String form = "username=admin&password=" + URLEncoder.encode(admin, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf(login), StandardCharsets.UTF_8);
		http.send(post(app.uri("/login"), form), HttpResponse.BodyHandlers.discarding());

		String list = "/consultant/assessments?lang=en";
		long coldStart = System.nanoTime();
		String first = body(http, app.uri(list));
		put("list, first page, first request after start-up", size, ms(System.nanoTime() - coldStart));
		Matcher report = REPORT.matcher(first);
		if (!report.find()) {
			throw new IllegalStateException("no report link on the list");
		}
		int deep = count(http, app, list) / 25 / 2;
		String deepByNumber = list + "&page=" + deep;
		String deepByCursor = older(body(http, app.uri(deepByNumber)));
		String finding = list + "&finding=" + FINDING;
		int findingDeep = Math.max(1, count(http, app, finding) / 25 / 2);
		String findingByNumber = finding + "&page=" + findingDeep;
		String findingByCursor = older(body(http, app.uri(findingByNumber)));

		// the server's JIT compiler needs some requests per page before it serves them as
		// it will all day: the first 10 of each list page and 50 of a report are not
		// counted
		time(http, app, size, "list, first page", list, 10, 20);
		time(http, app, size, "list, middle page by number (offset)", deepByNumber, 10, 20);
		time(http, app, size, "list, the page after it (cursor)", deepByCursor, 10, 20);
		time(http, app, size, "list with a finding, first page", finding, 10, 20);
		time(http, app, size, "list with a finding, middle page by number", findingByNumber, 10, 20);
		time(http, app, size, "list with a finding, the page after it (cursor)", findingByCursor, 10, 20);
		time(http, app, size, "report page", report.group(1), 50, 20);
		time(http, app, size, "report PDF", report.group(1) + ".pdf", 20, 10);
		csv(http, app, size);
		impact(http, app, size);
	}

	private void csv(HttpClient http, AppProcess app, long size) throws Exception {
		long start = System.nanoTime();
		HttpResponse<InputStream> csv = http.send(
				HttpRequest.newBuilder(app.uri("/consultant/assessments.csv")).timeout(Duration.ofMinutes(30)).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		if (csv.statusCode() != 200) {
			throw new IllegalStateException("CSV answered " + csv.statusCode());
		}
		long rows = -1;
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(csv.body(), StandardCharsets.UTF_8),
				1 << 16)) {
			while (lines.readLine() != null) {
				rows++;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		put("CSV, every row, streamed", size,
				String.format("%,d rows in %.1f s: %,.0f rows/s", rows, seconds, rows / seconds));
	}

	private void impact(HttpClient http, AppProcess app, long size) throws Exception {
		String versions = body(http, app.uri("/consultant/rules?lang=en"));
		HttpResponse<Void> created = http.send(
				post(app.uri("/consultant/rules/drafts"),
						"message=scale&_csrf=" + URLEncoder.encode(csrf(versions), StandardCharsets.UTF_8)),
				HttpResponse.BodyHandlers.discarding());
		Matcher draft = DRAFT.matcher(created.headers().firstValue("Location").orElse(""));
		if (!draft.find()) {
			throw new IllegalStateException("no draft made: " + created.statusCode());
		}
		String draftPage = body(http, app.uri("/consultant/rules/drafts/" + draft.group(1) + "?lang=en"));
		int logBefore = app.output().length();
		long start = System.nanoTime();
		HttpResponse<Void> job = http.send(
				post(app.uri("/consultant/rules/drafts/" + draft.group(1) + "/impact"),
						"_csrf=" + URLEncoder.encode(csrf(draftPage), StandardCharsets.UTF_8)),
				HttpResponse.BodyHandlers.discarding());
		String jobPage = job.headers().firstValue("Location").orElseThrow();
		long estimateSeen = -1;
		long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
		while (System.nanoTime() < deadline) {
			String page = body(http, app.uri(jobPage));
			if (estimateSeen < 0 && page.contains("id=\"impact-estimate\"")) {
				estimateSeen = System.nanoTime();
			}
			if (!page.contains("id=\"impact-progress\"") && PREVIEW_LOG.matcher(log(app, logBefore)).find()) {
				break;
			}
			Thread.sleep(100);
		}
		String log = log(app, logBefore);
		Matcher estimate = ESTIMATE_LOG.matcher(log);
		if (estimate.find() && estimateSeen > 0) {
			put("impact preview: sample estimate shown, from the click", size,
					String.format("%.1f s (%s of %s sampled in %s ms)", (estimateSeen - start) / 1e9, estimate.group(1),
							estimate.group(2), estimate.group(3)));
		}
		Matcher full = PREVIEW_LOG.matcher(log);
		if (!full.find()) {
			throw new IllegalStateException("the impact preview did not finish in 30 minutes");
		}
		long total = Long.parseLong(full.group(2));
		long millis = Long.parseLong(full.group(3));
		put("impact preview: full run", size,
				String.format("%,d in %.1f s: %,.0f/s", total, millis / 1000.0, total * 1000.0 / Math.max(1, millis)));
	}

	private static String log(AppProcess app, int from) throws Exception {
		String all = app.output();
		return all.substring(Math.min(from, all.length()));
	}

	private void put(String what, long size, String value) {
		table.computeIfAbsent(what, w -> new LinkedHashMap<>()).put(size, value);
		System.out.printf("  %,d: %s: %s%n", size, what, value);
	}

	private void print() {
		List<Long> sizes = table.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
		StringBuilder out = new StringBuilder("| what |");
		sizes.forEach(s -> out.append(String.format(" %,d |", s)));
		out.append("\n|---|");
		sizes.forEach(s -> out.append("---|"));
		table.forEach((what, values) -> {
			out.append("\n| ").append(what).append(" |");
			sizes.forEach(s -> out.append(' ').append(values.getOrDefault(s, "")).append(" |"));
		});
		System.out.println(out);
	}

	private static HttpRequest post(URI uri, String form) {
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofMinutes(2))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private static String csrf(String page) {
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return csrf.group(1).replace("&#45;", "-");
	}

	/** The list's count, once the background count has made it more than a bound. */
	private static int count(HttpClient http, AppProcess app, String list) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
		String page = body(http, app.uri(list));
		while (page.contains("more than") && System.nanoTime() < deadline) {
			Thread.sleep(200);
			page = body(http, app.uri(list));
		}
		return count(page);
	}

	private static int count(String page) {
		Matcher m = COUNT.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no count on the page");
		}
		return Integer.parseInt(m.group(1).replaceAll("[^0-9]", ""));
	}

	private static String older(String page) {
		Matcher m = OLDER.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no older page: seed more assessments");
		}
		return m.group(1).replace("&amp;", "&");
	}

	private static String body(HttpClient http, URI uri) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + " answered " + response.statusCode());
		}
		return response.body();
	}

	private static String ms(long nanos) {
		return String.format("%.1f ms", nanos / 1e6);
	}

	private void time(HttpClient http, AppProcess app, long size, String what, String path, int warmUp, int measured)
			throws Exception {
		for (int i = 0; i < warmUp; i++) {
			body(http, app.uri(path));
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < measured; i++) {
			long start = System.nanoTime();
			body(http, app.uri(path));
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		put(what, size, String.format("%.1f ms (%.1f)", millis.get(millis.size() / 2),
				millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.9) - 1))));
	}

}
