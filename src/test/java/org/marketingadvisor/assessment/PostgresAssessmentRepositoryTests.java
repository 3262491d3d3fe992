package org.marketingadvisor.assessment;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The repository contract on a real PostgreSQL server, schema by the same Flyway
 * migrations. {@code .ci/run} installs and starts Debian's PostgreSQL and exports
 * ADVISOR_TEST_PG_URL, ADVISOR_TEST_PG_USER and ADVISOR_TEST_PG_PASSWORD; in CI a missing
 * server fails the build, on a developer machine without those variables the test is
 * skipped.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PostgresAssessmentRepositoryTests extends AssessmentRepositoryContract {

	private static final String URL = System.getenv("ADVISOR_TEST_PG_URL");

	@BeforeAll
	static void requirePostgres() {
		if (URL == null && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must provide PostgreSQL: ADVISOR_TEST_PG_URL is not set");
		}
		Assumptions.assumeTrue(URL != null, "ADVISOR_TEST_PG_URL not set: no PostgreSQL to test against");
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.username", () -> System.getenv("ADVISOR_TEST_PG_USER"));
		registry.add("spring.datasource.password", () -> System.getenv("ADVISOR_TEST_PG_PASSWORD"));
		registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
	}

	@org.springframework.beans.factory.annotation.Autowired
	javax.sql.DataSource dataSource;

	@org.junit.jupiter.api.Test
	void longTextsAreTextColumnsOnPostgres() throws Exception {
		try (var connection = dataSource.getConnection();
				var statement = connection.prepareStatement("SELECT table_name, column_name, data_type FROM "
						+ "information_schema.columns WHERE table_schema = current_schema() AND ((table_name = 'assessment' AND column_name IN "
						+ "('answers', 'result')) OR (table_name = 'ruleset_file' AND column_name = 'content'))");
				var rows = statement.executeQuery()) {
			java.util.Map<String, String> types = new java.util.TreeMap<>();
			while (rows.next()) {
				types.put(rows.getString(1) + "." + rows.getString(2), rows.getString(3));
			}
			org.assertj.core.api.Assertions.assertThat(types)
				.containsOnly(java.util.Map.entry("assessment.answers", "text"),
						java.util.Map.entry("assessment.result", "text"),
						java.util.Map.entry("ruleset_file.content", "text"));
		}
	}

}
