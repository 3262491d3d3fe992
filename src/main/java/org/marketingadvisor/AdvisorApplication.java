package org.marketingadvisor;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AdvisorApplication {

	public static void main(String[] args) {
		SpringApplication.run(AdvisorApplication.class, args);
	}

	/**
	 * The one clock every time of day is read from (stored times, waits, expiries), so a
	 * test can replace it.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
