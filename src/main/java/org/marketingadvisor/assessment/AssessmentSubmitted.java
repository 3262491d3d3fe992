package org.marketingadvisor.assessment;

import java.time.Instant;
import java.util.UUID;

import org.marketingadvisor.engine.Evaluation;

/**
 * Published when an assessment is submitted, with the evaluation stored for it and what
 * lists of assessments show; other capabilities (the report's scores and its list) keep
 * their own copy without reading the assessment table. Published inside the submitting
 * transaction: listeners write in it, on its connection, and a failure of theirs rolls
 * the submission back.
 */
public record AssessmentSubmitted(UUID assessmentId, Evaluation evaluation, String token, Instant submittedAt,
		String companyLabel, String lang) {

	static AssessmentSubmitted of(Assessment a, Evaluation evaluation) {
		return new AssessmentSubmitted(a.getId(), evaluation, a.getToken(), a.getSubmittedAt(), a.getCompanyLabel(),
				a.getLang());
	}

}
