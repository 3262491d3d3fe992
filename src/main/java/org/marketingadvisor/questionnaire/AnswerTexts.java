package org.marketingadvisor.questionnaire;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;

import tools.jackson.databind.json.JsonMapper;

/** The pieces of a question the answer types' messages and displays name. */
final class AnswerTexts {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private AnswerTexts() {
	}

	static String text(Question q, Lang lang) {
		return q.text().get(lang);
	}

	static String label(Question q, String option, Lang lang) {
		return q.option(option).map(o -> o.label().get(lang)).orElse(option);
	}

	static String optionList(Question q, Lang lang) {
		return q.options()
			.stream()
			.map(o -> o.id() + " (" + o.label().get(lang) + ")")
			.collect(Collectors.joining(", "));
	}

	static String num(Double d) {
		return d == null ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
	}

}
