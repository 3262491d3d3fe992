package org.marketingadvisor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import org.marketingadvisor.AdvisorApplication;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.scenario.ScenarioLoader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores N generated assessments quickly through the application's own submission path
 * ({@link AssessmentService#submitNew}: evaluation, the stored row, and the report
 * module's scores, findings index and peer sums from its event), {@value #BATCH} to a
 * transaction, on one thread: a batch holds the peer sums' rows it added to until it
 * commits, so two batches at once would wait for each other (single submissions, as the
 * application makes them, hold them only for their own short transaction). The answers
 * cycle through every valid answer set of {@code rules/scenarios/} (the companies and
 * their per-rule variants), the languages and the labels, so the list's filters have
 * something to choose between.
 *
 * <p>
 * From the project folder, with the database the app will use (here the default H2 file
 * of a folder {@code /tmp/seeded}, which the jar then opens from there):
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.marketingadvisor.bench.SeedAssessments \
 *     jdbc:h2:file:/tmp/seeded/data/advisor 10000
 * </pre>
 */
public final class SeedAssessments {

	static final int BATCH = 200;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SeedAssessments() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 2) {
			System.err.println("usage: SeedAssessments <jdbc-url> <count> [admin-password]");
			System.exit(2);
		}
		long started = System.nanoTime();
		int count = Integer.parseInt(args[1]);
		seed(args[0], count, args.length > 2 ? args[2] : "seed-" + System.nanoTime());
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("stored %d assessments in %.1f s (with the start-up)%n", count, seconds);
	}

	/** Stores {@code count} assessments in the database at {@code url}. */
	static void seed(String url, int count, String adminPassword) throws Exception {
		seed(url, null, null, count, adminPassword);
	}

	/**
	 * Stores {@code count} assessments in the database at {@code url}, signing in as
	 * {@code user} when it is not null (PostgreSQL).
	 */
	static void seed(String url, String user, String password, int count, String adminPassword) throws Exception {
		List<String> arguments = new ArrayList<>(
				List.of("--spring.datasource.url=" + url, "--server.port=0", "--server.address=127.0.0.1",
						"--advisor.rules.disk-check-interval=1h", "--advisor.rules.poll-interval=1h",
						"--logging.level.root=WARN", "--advisor.security.admin-password=" + adminPassword));
		if (user != null) {
			arguments.addAll(List.of("--spring.profiles.active=postgres", "--spring.datasource.username=" + user,
					"--spring.datasource.password=" + password));
		}
		// the web layer too (the security configuration needs it), on a loopback port of
		// its own that nothing calls
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(AdvisorApplication.class)
			.run(arguments.toArray(String[]::new))) {
			RuleSet rules = app.getBean(RuleEngine.class).current();
			record Input(JsonNode raw, Answers answers) {
			}
			List<Input> inputs = new ArrayList<>();
			for (var scenario : ScenarioLoader.load(Path.of("rules"))) {
				JsonNode raw = JSON.valueToTree(scenario.answers());
				var valid = new AnswerValidator(rules.knowledgeBase(), Lang.EN).validate(raw);
				if (valid.valid()) {
					inputs.add(new Input(raw, valid.answers()));
				}
			}
			if (inputs.isEmpty()) {
				throw new IllegalStateException("no valid answer set under rules/scenarios (run from the project)");
			}
			AssessmentService assessments = app.getBean(AssessmentService.class);
			TransactionTemplate batch = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
			EntityManagerFactory entities = app.getBean(EntityManagerFactory.class);
			Lang[] langs = Lang.values();
			AtomicInteger next = new AtomicInteger();
			ExecutorService threads = Executors.newSingleThreadExecutor();
			try {
				List<Future<?>> done = new ArrayList<>();
				for (int t = 0; t < 1; t++) {
					done.add(threads.submit(() -> {
						int first;
						while ((first = next.getAndAdd(BATCH)) < count) {
							int from = first;
							int to = Math.min(count, first + BATCH);
							// the submissions join this transaction: one commit per batch
							batch.executeWithoutResult(status -> {
								for (int i = from; i < to; i++) {
									Input input = inputs.get(i % inputs.size());
									assessments.submitNew(langs[i % langs.length], "Seeded company " + i, input.raw(),
											input.answers(), rules);
									// flushed already: forget it, or every later flush of
									// the batch checks it again
									EntityManagerFactoryUtils.getTransactionalEntityManager(entities).clear();
								}
							});
						}
						return null;
					}));
				}
				for (Future<?> f : done) {
					f.get();
				}
			}
			finally {
				threads.shutdownNow();
			}
		}
	}

}
