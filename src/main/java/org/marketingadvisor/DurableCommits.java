package org.marketingadvisor;

import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Every commit is durable before it is acknowledged, whatever database URL is configured:
 * on H2, {@code SET WRITE_DELAY 0} on every new connection (the MVStore otherwise writes
 * commits to its file in the background every 500 ms, and a kill -9 lost the last second
 * of acknowledged submissions); on PostgreSQL, {@code synchronous_commit} pinned to its
 * default {@code on}, so a database or role set to {@code off} cannot lose them either.
 *
 * <p>
 * Applied per connection rather than once: the value {@code SET WRITE_DELAY} persists
 * shows in {@code INFORMATION_SCHEMA.SETTINGS} but is not applied when H2 opens the
 * database again (tried on H2 2.4.240), and a URL given on the command line would drop a
 * {@code ;WRITE_DELAY=0} of the default one. An explicit
 * {@code spring.datasource.hikari.connection-init-sql}, or a {@code WRITE_DELAY} in an H2
 * URL, is the operator's choice and left alone.
 */
@Component
class DurableCommits implements BeanPostProcessor {

	static final String H2 = "SET WRITE_DELAY 0";

	static final String POSTGRESQL = "SET synchronous_commit TO on";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		// runs after the spring.datasource.hikari.* binding and before the pool opens
		if (bean instanceof HikariDataSource pool && pool.getConnectionInitSql() == null) {
			String sql = initSql(pool.getJdbcUrl());
			if (sql != null) {
				pool.setConnectionInitSql(sql);
			}
		}
		return bean;
	}

	static String initSql(String url) {
		if (url == null) {
			return null;
		}
		String lower = url.toLowerCase(Locale.ROOT);
		if (lower.startsWith("jdbc:h2:")) {
			return lower.contains("write_delay") ? null : H2;
		}
		return lower.startsWith("jdbc:postgresql:") ? POSTGRESQL : null;
	}

}
