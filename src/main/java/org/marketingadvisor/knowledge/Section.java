package org.marketingadvisor.knowledge;

import java.util.List;

/** A page of the questionnaire. */
public record Section(String id, LocalizedText title, LocalizedText intro, List<Question> questions) {

	public Section {
		questions = questions == null ? List.of() : List.copyOf(questions);
	}

}
