package org.marketingadvisor.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date field of a form, typed as yyyy-mm-dd, or blank. The field stays text so the form
 * can show again exactly what was typed; {@link FilterInputs#date} reads it. A date that
 * reads but is outside 1900-01-01 to 9999-12-31 gets {@code filter.error.date-range}.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDate.Check.class)
public @interface IsoDate {

	/** What to say when the text is not a date. */
	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check behind the annotation. */
	class Check implements ConstraintValidator<IsoDate, String> {

		@Override
		public boolean isValid(String text, ConstraintValidatorContext context) {
			if (text == null || text.isBlank()) {
				return true;
			}
			LocalDate date = FilterInputs.parse(text);
			if (date == null) {
				return false;
			}
			if (!FilterInputs.inRange(date)) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{filter.error.date-range}").addConstraintViolation();
				return false;
			}
			return true;
		}

	}

}
