package org.marketingadvisor.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The summary above a form of what was refused: each field's messages in the order of the
 * form's fields (Bean Validation reports in no order), each message once (a bad "from"
 * and a bad "to" date say the same), in the page's language. The messages next to the
 * fields themselves come from {@code th:errors}.
 */
final class FormSummary {

	private FormSummary() {
	}

	/** For a form record: its components give the order of the fields. */
	static List<String> of(BindingResult result, MessageSource messages, Locale locale) {
		Class<?> type = result.getTarget() == null ? null : result.getTarget().getClass();
		List<String> order = type != null && type.isRecord()
				? Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList() : List.of();
		List<FieldError> errors = new ArrayList<>(result.getFieldErrors());
		errors.sort((a, b) -> Integer.compare(rank(order, a.getField()), rank(order, b.getField())));
		Set<String> said = new LinkedHashSet<>();
		errors.forEach(e -> said.add(messages.getMessage(e, locale)));
		result.getGlobalErrors().forEach(e -> said.add(messages.getMessage(e, locale)));
		return List.copyOf(said);
	}

	private static int rank(List<String> order, String field) {
		int i = order.indexOf(field);
		return i < 0 ? order.size() : i;
	}

}
