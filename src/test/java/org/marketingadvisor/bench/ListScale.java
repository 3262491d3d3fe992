package org.marketingadvisor.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marketingadvisor.AppProcess;

/**
 * A quick scale measurement: seeds N assessments ({@link SeedAssessments}) into the
 * default H2 file database of a fresh folder, starts the packaged jar there on a loopback
 * port and times, from one HTTP client, the consultants' list (first page, a deep page by
 * number and by cursor, the same with a finding filter), a report page and the whole CSV.
 * Medians of 20 requests after 5 to warm up (the CSV: 3 after 1). Prints a Markdown
 * table.
 *
 * <p>
 * From the project folder, after {@code mvn package}:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * JAVA_TOOL_OPTIONS=-Xmx512m java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.marketingadvisor.bench.ListScale 10000
 * </pre>
 */
public final class ListScale {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern OLDER = Pattern.compile("<a href=\"([^\"]+)\">[^<]*</a>\\s*</nav>");

	private static final Pattern REPORT = Pattern.compile("href=\"(/reports/[^\"]+)\"");

	private static final Pattern COUNT = Pattern.compile("class=\"list-count\">[^<0-9]*([0-9][0-9,. \u00A0]*)");

	private static final String FINDING = "finding.owner-bottleneck";

	private ListScale() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path workDir = Files.createTempDirectory("advisor-scale");
		String password = "scale-" + UUID.randomUUID();
		long seedStart = System.nanoTime();
		SeedAssessments.seed("jdbc:h2:file:" + workDir.resolve("data/advisor"), count, password);
		double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
		System.out.printf("seeded %d assessments in %.1f s (%.0f/s, with the start-up)%n", count, seedSeconds,
				count / seedSeconds);
		try (AppProcess app = AppProcess.start(workDir, AppProcess.freePort(),
				List.of("--advisor.security.admin-password=" + password, "--logging.level.root=WARN"))) {
			HttpClient http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			String login = body(http, app.uri("/login?lang=en"));
			Matcher csrf = CSRF.matcher(login);
			csrf.find();
			String form = "username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1).replace("&#45;", "-"), StandardCharsets.UTF_8);
			http.send(HttpRequest.newBuilder(app.uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());

			String list = "/consultant/assessments?lang=en";
			String first = body(http, app.uri(list));
			Matcher report = REPORT.matcher(first);
			report.find();
			int deep = count(first) / 25 / 2;
			String deepByNumber = list + "&page=" + deep;
			String deepByCursor = older(body(http, app.uri(deepByNumber)));
			String finding = list + "&finding=" + FINDING;
			int findingDeep = count(body(http, app.uri(finding))) / 25 / 2;
			String findingByNumber = finding + "&page=" + findingDeep;
			String findingByCursor = older(body(http, app.uri(findingByNumber)));

			System.out.println("| what | median | p90 |");
			System.out.println("|---|---|---|");
			time(http, app, "list, first page", list, 5, 20);
			time(http, app, "list, page " + deep + " by number (offset)", deepByNumber, 5, 20);
			time(http, app, "list, page " + (deep + 1) + " after a cursor", deepByCursor, 5, 20);
			time(http, app, "list with a finding, first page", finding, 5, 20);
			time(http, app, "list with a finding, page " + findingDeep + " by number", findingByNumber, 5, 20);
			time(http, app, "list with a finding, page " + (findingDeep + 1) + " after a cursor", findingByCursor, 5,
					20);
			time(http, app, "report page", report.group(1), 5, 20);
			long csvStart = System.nanoTime();
			HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(app.uri("/consultant/assessments.csv")).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			double csvSeconds = (System.nanoTime() - csvStart) / 1e9;
			long rows = new String(csv.body(), StandardCharsets.UTF_8).lines().count() - 1;
			time(http, app, "CSV, all " + rows + " rows", "/consultant/assessments.csv", 1, 3);
			System.out.printf("CSV: %d rows, %d bytes; first download %.2f s (%.0f rows/s)%n", rows, csv.body().length,
					csvSeconds, rows / csvSeconds);
		}
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

	private static void time(HttpClient http, AppProcess app, String what, String path, int warmUp, int measured)
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
		System.out.printf("| %s | %.1f ms | %.1f ms |%n", what, millis.get(millis.size() / 2),
				millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.9) - 1)));
	}

}
