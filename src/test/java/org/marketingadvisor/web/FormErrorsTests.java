package org.marketingadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.validation.beanvalidation.MessageSourceResourceBundleLocator;

import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Form errors in words: a {@link FormError}'s arguments that are messages themselves, the
 * summary's order and its single mention of a repeated message, and errors carried
 * through a redirect by key, with the product's own message bundles.
 */
class FormErrorsTests {

	private final ResourceBundleMessageSource bundles = bundles();

	private final LocalValidatorFactoryBean validator = validator(bundles);

	record Filters(@IsoDate(message = "{dashboard.error.date}") String from,
			@IsoDate(message = "{dashboard.error.date}") String to,
			@WholeNumber(min = 0, max = 100, message = "{dashboard.error.score}") String score) {
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	private static LocalValidatorFactoryBean validator(ResourceBundleMessageSource bundles) {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setMessageInterpolator(
				new ResourceBundleMessageInterpolator(new MessageSourceResourceBundleLocator(bundles)));
		validator.afterPropertiesSet();
		return validator;
	}

	private BindingResult validated(Filters filters) {
		BindingResult result = new BeanPropertyBindingResult(filters, "filters");
		validator.validate(filters, result);
		return result;
	}

	@Test
	void argumentsThatAreMessagesAreSaidInThePagesLanguage() {
		FormError missing = FormError.of("knowledge.missing", FormError.of("knowledge.field.title"),
				FormError.language(Lang.UK));
		assertThat(bundles.getMessage(missing, Lang.EN.locale())).isEqualTo(bundles.getMessage("knowledge.missing",
				new Object[] { "Title", bundles.getMessage("lang.name.uk", null, Lang.EN.locale()) }, Lang.EN.locale()))
			.startsWith("Title: the ");
		assertThat(bundles.getMessage(missing, Lang.UK.locale())).doesNotContain("Title", "{0}", "{1}");
		// a checker's own words are shown as they are, braces and quotes included
		assertThat(bundles.getMessage(FormError.text("rules/x.drl:3: can't read '{'"), Lang.RU.locale()))
			.isEqualTo("rules/x.drl:3: can't read '{'");
	}

	@Test
	void theSummaryFollowsTheFieldsAndSaysEachMessageOnce() {
		BindingResult result = validated(new Filters("last week", "tomorrow", "lots"));
		assertThat(result.getFieldErrorCount()).isEqualTo(3);
		List<String> summary = FormErrors.summary(result, bundles, Lang.EN.locale());
		assertThat(summary).containsExactly(bundles.getMessage("dashboard.error.date", null, Lang.EN.locale()),
				bundles.getMessage("dashboard.error.score", null, Lang.EN.locale()));
		// a date that reads but that no query can reach has a message of its own
		Filters far = new Filters("+999999999-12-31", "", "100");
		FieldError range = FormErrors.forRedirect(validated(far), far, "filters").getFieldError("from");
		assertThat(bundles.getMessage(range, Lang.RU.locale()))
			.isEqualTo(bundles.getMessage("filter.error.date-range", null, Lang.RU.locale()));
		assertThat(validated(new Filters("2026-12-02", null, " 7 ")).hasErrors()).isFalse();
	}

	@Test
	void errorsCarriedThroughARedirectAreLookedUpAgainByKeyAndKeepOnlyWhatIsKept() {
		BindingResult result = validated(new Filters("last week", "", "101"));
		result.rejectValue("to", "accounts.error.taken");
		BindingResult carried = FormErrors.forRedirect(result, new Filters("last week", "", ""), "filters");
		FieldError from = carried.getFieldError("from");
		assertThat(bundles.getMessage(from, Lang.UK.locale()))
			.isEqualTo(bundles.getMessage("dashboard.error.date", null, Lang.UK.locale()));
		assertThat(from.getRejectedValue()).isEqualTo("last week");
		// the value comes from what is kept, not from what was typed
		assertThat(carried.getFieldError("score").getRejectedValue()).isEqualTo("");
		assertThat(bundles.getMessage(carried.getFieldError("to"), Lang.EN.locale()))
			.isEqualTo(bundles.getMessage("accounts.error.taken", null, Lang.EN.locale()));
	}

}
