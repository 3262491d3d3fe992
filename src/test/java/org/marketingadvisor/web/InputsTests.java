package org.marketingadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A bad value is quoted back short, without control characters, pairs kept whole. */
class InputsTests {

	@Test
	void aLongValueIsCutWithAnEllipsis() {
		assertThat(Inputs.shown("x".repeat(30_000_000))).isEqualTo("x".repeat(Inputs.SHOWN) + "…");
		assertThat(Inputs.shown("short")).isEqualTo("short");
	}

	@Test
	void controlCharactersBecomeSpacesAndSurrogatePairsStayWhole() {
		assertThat(Inputs.shown("a\nb\u0000c")).isEqualTo("a b c");
		String emoji = "x".repeat(Inputs.SHOWN - 1) + "😀😀";
		assertThat(Inputs.shown(emoji)).isEqualTo("x".repeat(Inputs.SHOWN - 1) + "…");
		assertThat(Inputs.shown(null)).isEqualTo("null");
	}

}
