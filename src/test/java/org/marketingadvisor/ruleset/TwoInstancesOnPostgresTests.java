package org.marketingadvisor.ruleset;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.AdvisorApplication;
import org.marketingadvisor.engine.RuleEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one PostgreSQL database: a version published (and rolled back) on
 * one goes live on the other within a few seconds, without a restart. Runs against the
 * server {@code .ci/run} starts (ADVISOR_TEST_PG_URL and friends), in a schema of its
 * own; skipped on a developer machine without one, required in CI.
 */
class TwoInstancesOnPostgresTests {

	private static final String URL = System.getenv("ADVISOR_TEST_PG_URL");

	private static final String SCHEMA = "follow_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	/** How often each instance looks for a newer version in this test. */
	private static final long POLL_MILLIS = 500;

	@BeforeAll
	static void requirePostgres() throws Exception {
		if (URL == null && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must provide PostgreSQL: ADVISOR_TEST_PG_URL is not set");
		}
		Assumptions.assumeTrue(URL != null, "ADVISOR_TEST_PG_URL not set: no PostgreSQL to test against");
		sql("CREATE SCHEMA " + SCHEMA);
	}

	@AfterAll
	static void dropSchema() throws Exception {
		if (URL != null) {
			sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
		}
	}

	private static void sql(String statement) throws Exception {
		try (Connection c = DriverManager.getConnection(URL, System.getenv("ADVISOR_TEST_PG_USER"),
				System.getenv("ADVISOR_TEST_PG_PASSWORD")); Statement s = c.createStatement()) {
			s.execute(statement);
		}
	}

	private static ConfigurableApplicationContext instance(String name) {
		return new SpringApplicationBuilder(AdvisorApplication.class).run("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
				"--spring.datasource.username=" + System.getenv("ADVISOR_TEST_PG_USER"),
				"--spring.datasource.password=" + System.getenv("ADVISOR_TEST_PG_PASSWORD"), "--server.port=0",
				"--spring.application.name=" + name, "--advisor.rules.poll-interval=" + POLL_MILLIS + "ms",
				"--advisor.rules.disk-check-interval=1h", "--advisor.security.admin-password=two-instances-test");
	}

	@Test
	void aVersionPublishedOnOneInstanceGoesLiveOnTheOtherWithinSeconds() throws Exception {
		try (ConfigurableApplicationContext first = instance("first");
				ConfigurableApplicationContext second = instance("second")) {
			RuleSetVersions versionsOne = first.getBean(RuleSetVersions.class);
			RuleSetVersions versionsTwo = second.getBean(RuleSetVersions.class);
			RuleEngine engineOne = first.getBean(RuleEngine.class);
			RuleEngine engineTwo = second.getBean(RuleEngine.class);
			assertThat(versionsOne.liveNumber()).isEqualTo(1);
			assertThat(versionsTwo.liveNumber()).as("the second start reuses version 1").isEqualTo(1);
			String original = engineOne.current().version();
			assertThat(engineTwo.current().version()).isEqualTo(original);

			UUID draft = versionsOne.newDraft("published on the first instance");
			var trial = org.marketingadvisor.TrialChange.create();
			assertThat(versionsOne.saveDraftFile(draft, trial.path(), trial.drl())).isEmpty();
			assertThat(versionsOne.publish(draft, "published on the first instance").number()).isEqualTo(2);
			String changed = engineOne.current().version();
			assertThat(changed).isNotEqualTo(original);

			long followed = awaitVersion(engineTwo, changed);
			System.out.printf("second instance swapped to version 2 %d ms after it was published on the first%n",
					followed);
			assertThat(versionsTwo.liveNumber()).isEqualTo(2);

			assertThat(versionsTwo.rollback(1, "rolled back on the second instance").number()).isEqualTo(3);
			long back = awaitVersion(engineOne, original);
			System.out.printf("first instance swapped to version 3 (a rollback) %d ms after the second published it%n",
					back);
			assertThat(versionsOne.liveNumber()).isEqualTo(3);
		}
	}

	/** Waits up to ten seconds for the engine to serve a version; returns the wait. */
	private static long awaitVersion(RuleEngine engine, String version) throws InterruptedException {
		long start = System.nanoTime();
		while (!engine.current().version().equals(version)) {
			assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds waited for version " + version)
				.isLessThan(10_000);
			Thread.sleep(50);
		}
		return (System.nanoTime() - start) / 1_000_000;
	}

}
