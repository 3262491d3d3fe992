package org.marketingadvisor.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A whole-number field of a form from {@code min} to {@code max}, or blank. The field
 * stays text so the form can show again exactly what was typed ("lots" as well as "101");
 * {@link FilterInputs#number} reads it.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumber.Check.class)
public @interface WholeNumber {

	long min();

	long max();

	/** What to say when the text is not such a number. */
	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The check behind the annotation. */
	class Check implements ConstraintValidator<WholeNumber, String> {

		private long min;

		private long max;

		@Override
		public void initialize(WholeNumber annotation) {
			this.min = annotation.min();
			this.max = annotation.max();
		}

		@Override
		public boolean isValid(String text, ConstraintValidatorContext context) {
			return text == null || text.isBlank() || FilterInputs.number(text, min, max) != null;
		}

	}

}
