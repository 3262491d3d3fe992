package org.marketingadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A CSV cell that a spreadsheet could run as a formula (or a DDE call) gets a leading
 * apostrophe, whatever the program: the ASCII starts, the separators some programs split
 * on, odd leading spaces, and the full-width forms.
 */
class CsvCellTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "\n=1", ";=1", "|calc", "\u00A0=1",
			"\u00A0x", "\u3000=1", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)", "  =1", " @x" })
	void formulaStartsAreNeutralised(String value) {
		assertThat(ConsultantDashboard.cell(value)).startsWith("\"'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Acme", "ООО Ромашка", "42", " plain", "a=b", "x;y", "" })
	void ordinaryTextIsLeftAlone(String value) {
		assertThat(ConsultantDashboard.cell(value)).isEqualTo("\"" + value + "\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "say \"hi\"", "=\"x\"" })
	void quotesAreDoubled(String value) {
		assertThat(ConsultantDashboard.cell(value)).contains("\"\"");
	}

}
