package org.marketingadvisor.editor;

/**
 * The new-question form as typed: fields stay text, so a refused form shows again exactly
 * what was typed, each error next to its field.
 *
 * @param required the checkbox: sent ("on") when ticked
 * @param options one option a line: id | Russian | Ukrainian | English
 * @param when the question this one follows, or blank for always
 */
record NewQuestion(String section, String qid, String type, String required, String min, String max, Texts text,
		Texts help, String options, String when, String whenValues) {

	static final NewQuestion EMPTY = new NewQuestion(null, null, null, null, null, null, null, null, null, null, null);

	NewQuestion {
		// a form sent without its texts (or a first visit) still has them, blank
		text = text == null ? Texts.EMPTY : text;
		help = help == null ? Texts.EMPTY : help;
	}

	public boolean isRequired() {
		return required != null;
	}

}
