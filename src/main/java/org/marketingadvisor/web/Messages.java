package org.marketingadvisor.web;

import org.marketingadvisor.knowledge.Lang;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

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

}
