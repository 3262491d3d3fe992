package org.marketingadvisor.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import jakarta.validation.ConstraintViolation;

import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;

/**
 * What a form refused, for pages: the summary above the form, and the errors carried
 * through a redirect (Post/Redirect/Get) to the page that shows the form again.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * The summary above a form: each field's messages in the order of the form's fields
	 * (its record components; Bean Validation reports in no order), each message once (a
	 * bad "from" and a bad "to" date say the same), in the page's language. The messages
	 * next to the fields themselves come from {@code th:errors}.
	 */
	static List<String> summary(BindingResult result, MessageSource messages, Locale locale) {
		Class<?> type = result.getTarget() == null ? null : result.getTarget().getClass();
		List<String> order = type != null && type.isRecord()
				? Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList() : List.of();
		List<FieldError> errors = new ArrayList<>(result.getFieldErrors());
		errors.sort((a, b) -> Integer.compare(rank(order, a.getField()), rank(order, b.getField())));
		Set<String> said = new LinkedHashSet<>();
		errors.forEach(e -> said.add(
				key(e).map(k -> messages.getMessage(k, null, locale)).orElseGet(() -> messages.getMessage(e, locale))));
		result.getGlobalErrors().forEach(e -> said.add(messages.getMessage(e, locale)));
		return List.copyOf(said);
	}

	/**
	 * The errors of a refused form, to flash through a redirect as
	 * {@code BindingResult.MODEL_KEY_PREFIX + name} beside {@code kept}: each error names
	 * its message key (a Bean Validation message such as {@code "{notes.error.empty}"}
	 * becomes {@code notes.error.empty}), so the next page says it in its own language,
	 * and the values come from {@code kept}, so what is not kept (a password) is not in
	 * the session either.
	 */
	public static BindingResult forRedirect(BindingResult result, Object kept, String name) {
		BindingResult portable = new DirectFieldBindingResult(kept, name);
		for (FieldError e : result.getFieldErrors()) {
			Optional<String> key = key(e);
			if (key.isPresent()) {
				portable.rejectValue(e.getField(), key.get());
			}
			else {
				portable.rejectValue(e.getField(), e.getCode(), e.getArguments(), e.getDefaultMessage());
			}
		}
		return portable;
	}

	/**
	 * The message key of a Bean Validation error whose message is one
	 * ({@code "{notes.error.empty}"}): looked up by it, the message does not depend on
	 * the language it was first put in words in.
	 */
	private static Optional<String> key(FieldError e) {
		if (!e.contains(ConstraintViolation.class)) {
			return Optional.empty();
		}
		String template = e.unwrap(ConstraintViolation.class).getMessageTemplate();
		return template.matches("\\{[a-z0-9.\\-]+}") ? Optional.of(template.substring(1, template.length() - 1))
				: Optional.empty();
	}

	private static int rank(List<String> order, String field) {
		int i = order.indexOf(field);
		return i < 0 ? order.size() : i;
	}

}
