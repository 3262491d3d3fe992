package org.marketingadvisor.ruleset;

import java.time.Clock;
import java.util.Optional;

import org.marketingadvisor.engine.EngineProperties;
import org.marketingadvisor.engine.RuleEngine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The engine starts on the live version stored in the database (the folders on disk
 * become version 1 at the first start); the disk check and the following of other
 * instances run on a schedule. The questionnaire, the assessments and the reports use
 * this bean through the engine's own type, never through this module.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RuleSetConfiguration {

	@Bean(destroyMethod = "close")
	RuleEngine ruleEngine(VersionStore store, ApplicationEventPublisher events, EngineProperties folders,
			Optional<Clock> clock) {
		return new RuleEngine(RuleSetStartup.ruleSet(store, events, folders, clock.orElse(Clock.systemUTC())),
				folders.sessionPoolSize());
	}

}
