package org.marketingadvisor.report;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@link ReportIndexContract} on H2, in the common test context (each test that counts
 * empties the assessment tables first).
 */
@SpringBootTest
class ReportIndexTests extends ReportIndexContract {

	@Autowired
	ApplicationContext context;

	@Override
	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	void refusePeerSums() {
		jdbc().sql("ALTER TABLE peer_score_sum ADD CONSTRAINT refuse_every_sum CHECK (total < 0) NOCHECK").update();
	}

	@Override
	void allowPeerSums() {
		jdbc().sql("ALTER TABLE peer_score_sum DROP CONSTRAINT refuse_every_sum").update();
	}

	@Test
	void theMigrationIndexesAndSumsWhatWasListedBefore() {
		// one connection throughout: H2 ties a check constraint to the session that made
		// it
		SingleConnectionDataSource database = new SingleConnectionDataSource("jdbc:h2:mem:v9-" + UUID.randomUUID(),
				"sa", "", true);
		try {
			migrationIndexesAndSumsWhatWasListedBefore(database);
		}
		finally {
			database.destroy();
		}
	}

}
