package org.marketingadvisor.assessment;

import java.util.UUID;

import org.marketingadvisor.engine.Evaluation;

/**
 * Published when an assessment is submitted, with the evaluation stored for it; other
 * capabilities (the report's scores) react without the assessment knowing them. Published
 * inside the submitting transaction: listeners write in it, on its connection, and a
 * failure of theirs rolls the submission back.
 */
public record AssessmentSubmitted(UUID assessmentId, Evaluation evaluation) {
}
