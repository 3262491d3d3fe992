package org.marketingadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

/**
 * Which connection set-up makes commits durable for which database URL; that it does so
 * on a kill is CrashDurabilityIT's to show.
 */
class DurableCommitsTests {

	private static String initSqlFor(String url, String configured) {
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl(url);
			pool.setConnectionInitSql(configured);
			new DurableCommits().postProcessBeforeInitialization(pool, "dataSource");
			return pool.getConnectionInitSql();
		}
	}

	@Test
	void everyH2UrlGetsWriteDelayZeroWhateverItsPath() {
		assertThat(initSqlFor("jdbc:h2:file:./data/advisor", null)).isEqualTo("SET WRITE_DELAY 0");
		assertThat(initSqlFor("jdbc:h2:file:/srv/advisor/db;MODE=PostgreSQL", null)).isEqualTo("SET WRITE_DELAY 0");
		assertThat(initSqlFor("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1", null)).isEqualTo("SET WRITE_DELAY 0");
	}

	@Test
	void postgresqlKeepsSynchronousCommitOn() {
		assertThat(initSqlFor("jdbc:postgresql://db:5432/advisor", null)).isEqualTo("SET synchronous_commit TO on");
	}

	@Test
	void anOperatorsExplicitChoiceIsLeftAlone() {
		assertThat(initSqlFor("jdbc:h2:file:./data/advisor;WRITE_DELAY=500", null)).isNull();
		assertThat(initSqlFor("jdbc:h2:file:./data/advisor", "SELECT 1")).isEqualTo("SELECT 1");
		assertThat(initSqlFor("jdbc:postgresql://db/advisor", "SET search_path TO advisor"))
			.isEqualTo("SET search_path TO advisor");
		assertThat(initSqlFor("jdbc:mysql://db/advisor", null)).isNull();
	}

}
