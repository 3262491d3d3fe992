package org.marketingadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A pool that had no connection free in time is an overload (503, try again), not an
 * internal error; other database failures stay internal errors.
 */
class ApiExceptionHandlerTests {

	@Test
	void aConnectionTimeoutAtAnyDepthIsAnOverload() {
		var timeout = new SQLTransientConnectionException(
				"Connection is not available, request timed out after 30000ms");
		assertThat(ApiExceptionHandler.overloaded(new CannotCreateTransactionException("no connection", timeout)))
			.isTrue();
		assertThat(ApiExceptionHandler.overloaded(new IllegalStateException(new RuntimeException(timeout)))).isTrue();
	}

	@Test
	void otherFailuresAreNot() {
		assertThat(ApiExceptionHandler.overloaded(new CannotCreateTransactionException("x", new SQLException("y"))))
			.isFalse();
		assertThat(ApiExceptionHandler.overloaded(new IllegalStateException("z"))).isFalse();
	}

}
