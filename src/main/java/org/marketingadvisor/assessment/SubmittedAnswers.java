package org.marketingadvisor.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * A submitted assessment's answers with what identifies it, without its stored
 * evaluation: what re-evaluating every client's answers needs.
 */
public record SubmittedAnswers(UUID id, String token, String companyLabel, Instant submittedAt, String lang,
		String answers) {
}
