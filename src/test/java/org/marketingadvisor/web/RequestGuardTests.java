package org.marketingadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Accept-Language read by the app itself: best first by q, any number of entries (only
 * the first 32 looked at), malformed entries skipped instead of failing the request.
 */
class RequestGuardTests {

	@Test
	void entriesAreOrderedByWeightThenByPlace() {
		assertThat(RequestGuard.languages("en;q=0.5, uk, ru;q=0.8, de;q=0.8")).containsExactly(
				Locale.forLanguageTag("uk"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("de"),
				Locale.forLanguageTag("en"));
	}

	@Test
	void manyEntriesAreReadUpToTheLimit() {
		String header = IntStream.range(0, 500).mapToObj(i -> "en-x" + i).collect(Collectors.joining(","));
		assertThat(RequestGuard.languages(header)).hasSize(RequestGuard.MAX_LANGUAGES);
		// an entry past the limit is not looked at
		assertThat(RequestGuard.languages(header + ",uk")).doesNotContain(Locale.forLanguageTag("uk"));
	}

	@Test
	void malformedEntriesAreSkipped() {
		assertThat(RequestGuard.languages(";;;,,,")).isEmpty();
		assertThat(RequestGuard.languages("*, en;q=abc, ru;q=2, uk;q=0, <x>, " + "a".repeat(20) + ", en-GB;q=0.3"))
			.containsExactly(Locale.forLanguageTag("en-GB"));
		assertThat(RequestGuard.languages(null)).isEmpty();
		assertThat(RequestGuard.languages(" ")).isEmpty();
	}

}
