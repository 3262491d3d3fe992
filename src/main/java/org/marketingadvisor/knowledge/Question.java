package org.marketingadvisor.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * One question of the questionnaire; its id is shared by rules, scenarios and the API.
 */
public record Question(String id, QuestionType type, Boolean required, Double min, Double max, LocalizedText unit,
		LocalizedText minLabel, LocalizedText maxLabel, LocalizedText text, LocalizedText help, List<Option> options,
		Condition condition) {

	public Question {
		options = options == null ? List.of() : List.copyOf(options);
	}

	public boolean isRequired() {
		return Boolean.TRUE.equals(required);
	}

	/**
	 * The values an answer fact of this question can have, which rules compare
	 * {@code value} with: the type's own (yes, no) or the option ids; empty for numbers,
	 * whose facts are matched on {@code number}.
	 */
	public List<String> answerValues() {
		return type.hasOptions() ? options.stream().map(Option::id).toList() : type.fixedValues();
	}

	public Optional<Option> option(String optionId) {
		return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
	}

}
