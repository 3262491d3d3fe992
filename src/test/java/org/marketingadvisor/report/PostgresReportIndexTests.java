package org.marketingadvisor.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.AdvisorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@link ReportIndexContract} on a real PostgreSQL server (the one {@code .ci/run}
 * starts: ADVISOR_TEST_PG_URL and friends), the application in a schema of its own and
 * the migration test in another; skipped on a developer machine without one, required in
 * CI.
 */
class PostgresReportIndexTests extends ReportIndexContract {

	private static final String URL = System.getenv("ADVISOR_TEST_PG_URL");

	private static final String SCHEMA = "report_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private static final String MIGRATED = SCHEMA + "_v9";

	private static ConfigurableApplicationContext app;

	@BeforeAll
	static void start() throws Exception {
		if (URL == null && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must provide PostgreSQL: ADVISOR_TEST_PG_URL is not set");
		}
		Assumptions.assumeTrue(URL != null, "ADVISOR_TEST_PG_URL not set: no PostgreSQL to test against");
		sql("CREATE SCHEMA " + SCHEMA);
		sql("CREATE SCHEMA " + MIGRATED);
		app = new SpringApplicationBuilder(AdvisorApplication.class).run("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + url(SCHEMA),
				"--spring.datasource.username=" + System.getenv("ADVISOR_TEST_PG_USER"),
				"--spring.datasource.password=" + System.getenv("ADVISOR_TEST_PG_PASSWORD"), "--server.port=0",
				"--advisor.rules.disk-check-interval=1h", "--advisor.security.admin-password=report-index-test");
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.close();
		}
		if (URL != null) {
			sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
			sql("DROP SCHEMA IF EXISTS " + MIGRATED + " CASCADE");
		}
	}

	private static String url(String schema) {
		return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static void sql(String statement) throws Exception {
		try (Connection c = DriverManager.getConnection(URL, System.getenv("ADVISOR_TEST_PG_USER"),
				System.getenv("ADVISOR_TEST_PG_PASSWORD")); Statement s = c.createStatement()) {
			s.execute(statement);
		}
	}

	@Override
	<T> T bean(Class<T> type) {
		return app.getBean(type);
	}

	@Override
	void refusePeerSums() {
		// NOT VALID: the rows already there are not checked, every later write is
		jdbc().sql("ALTER TABLE peer_score_sum ADD CONSTRAINT refuse_every_sum CHECK (total < 0) NOT VALID").update();
	}

	@Override
	void allowPeerSums() {
		jdbc().sql("ALTER TABLE peer_score_sum DROP CONSTRAINT refuse_every_sum").update();
	}

	@Test
	void theMigrationIndexesAndSumsWhatWasListedBefore() {
		migrationIndexesAndSumsWhatWasListedBefore(new DriverManagerDataSource(url(MIGRATED),
				System.getenv("ADVISOR_TEST_PG_USER"), System.getenv("ADVISOR_TEST_PG_PASSWORD")));
	}

}
