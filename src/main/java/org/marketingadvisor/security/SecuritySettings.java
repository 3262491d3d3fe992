package org.marketingadvisor.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin's name and password (the password from the environment, never from the
 * repository; unset, a one-time password is generated and logged once, valid for
 * {@code one-time-password-validity} and to be changed at the first sign-in), and how
 * repeated failed sign-ins are slowed down, per name and per client address.
 */
@ConfigurationProperties("advisor.security")
public record SecuritySettings(@DefaultValue("admin") String adminUsername, String adminPassword,
		@DefaultValue("5") int freeAttempts, @DefaultValue("20") int freeAttemptsPerAddress,
		@DefaultValue("PT15M") Duration attemptWindow, @DefaultValue("PT1S") Duration firstDelay,
		@DefaultValue("PT30S") Duration maxDelay, @DefaultValue("PT24H") Duration oneTimePasswordValidity) {
}
