package org.marketingadvisor.web;

import java.util.Arrays;
import java.util.List;

import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.springframework.context.MessageSourceResolvable;

/**
 * A mistake in a form that has no fixed field to hang it on (a missing translation of one
 * of several texts, a rule's condition 2.1): a message key and its arguments, put in
 * words only when the page is shown, in the page's language. An argument that is itself a
 * {@code FormError} (or any {@link MessageSourceResolvable}) is looked up too, so "the
 * title in English" reads as words in every language. Forms whose fields are fixed use
 * Spring's {@code BindingResult} instead.
 *
 * @param key the message key
 * @param args its arguments, in order
 */
public record FormError(String key, List<Object> args) implements MessageSourceResolvable {

	/** The key of a message another checker already put in words. */
	public static final String TEXT = "form.error.text";

	/** The key of a checker's problem with its place: "{0}: {1}". */
	public static final String PLACED = "form.error.placed";

	public FormError {
		args = List.copyOf(args);
	}

	public static FormError of(String key, Object... args) {
		return new FormError(key, Arrays.asList(args));
	}

	/**
	 * A message that already is words (the knowledge base's start-up validation names the
	 * file and line itself), shown as it is.
	 */
	public static FormError text(String text) {
		return new FormError(TEXT, List.of(text));
	}

	/** A language's name ("English"), as an argument of another error. */
	public static FormError language(Lang lang) {
		return of("lang.name.%s".formatted(lang.code()));
	}

	/** A checker's problem, in the page's language, after where it is when it says. */
	public static FormError problem(Problem problem) {
		return problem.where() == null ? of(TEXT, problem) : of(PLACED, problem.where(), problem);
	}

	/** Every problem as a {@link #problem} error, keeping their order. */
	public static List<FormError> problems(List<Problem> problems) {
		return problems.stream().map(FormError::problem).toList();
	}

	/** Every text as a {@link #text} error, keeping their order. */
	public static List<FormError> texts(List<String> texts) {
		return texts.stream().map(FormError::text).toList();
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return args.toArray();
	}

}
