package org.marketingadvisor.assessment;

import java.util.UUID;

/** A submitted assessment is immutable: its answers and result can no longer change. */
public class AssessmentSubmittedException extends RuntimeException {

	public AssessmentSubmittedException(UUID id) {
		super("Assessment " + id + " is submitted and can no longer change");
	}

}
