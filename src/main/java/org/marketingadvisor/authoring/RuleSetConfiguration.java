package org.marketingadvisor.authoring;

import java.time.Clock;
import java.util.Optional;

import org.marketingadvisor.engine.EngineProperties;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.security.AuditTrail;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The engine starts on the live version stored in the database (the folders on disk
 * become version 1 at the first start); the disk check and the following of other
 * instances run on a schedule.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RuleSetConfiguration {

	@Bean(destroyMethod = "close")
	RuleEngine ruleEngine(VersionStore store, AuditTrail audit, EngineProperties folders, Optional<Clock> clock) {
		return new RuleEngine(RuleSetVersions.startup(store, audit, folders, clock.orElse(Clock.systemUTC())),
				folders.sessionPoolSize());
	}

}
