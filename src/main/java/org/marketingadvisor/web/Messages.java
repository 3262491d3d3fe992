package org.marketingadvisor.web;

import java.util.List;

import org.marketingadvisor.knowledge.Lang;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Looks up user-facing texts of the message bundles in one of the product's languages.
 */
@Component
public class Messages {

	private final MessageSource messageSource;

	public Messages(MessageSource messageSource) {
		this.messageSource = messageSource;
	}

	public String get(Lang lang, String code, Object... args) {
		return messageSource.getMessage(code, args, lang.locale());
	}

	/**
	 * What a form refused, for the summary above it: each message once, in the order of
	 * the form's fields.
	 */
	public List<String> summary(BindingResult result, Lang lang) {
		return FormErrors.summary(result, messageSource, lang.locale());
	}

}
