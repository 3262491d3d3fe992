package org.marketingadvisor.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A consultant's note as typed under the report. {@link Annotations#add} checks the
 * stripped text again, since it is what is stored.
 */
record NoteForm(@NotBlank(message = "{notes.error.empty}") @Size(max = Annotations.MAX_LENGTH,
		message = "{notes.error.long}") String text) {

	static final NoteForm EMPTY = new NoteForm("");

}
