package org.marketingadvisor.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Something wrong with content, as every checker reports it: where (a file under
 * {@code rules/} or {@code knowledge-base/}, and its line and column where known) and
 * what, as a key of the message bundles with its arguments, so each page says it in its
 * own language. An argument may itself be a problem without a place (a phrase), which the
 * bundles resolve in the same language.
 *
 * @param file the file, from the content's root, or null when the problem has no place
 * @param line the line, from 1, or null
 * @param column the column, from 1, or null
 * @param key the message key ({@code problem.*})
 * @param args the message's arguments: strings, numbers or phrases
 */
public record Problem(String file, Integer line, Integer column, String key,
		List<Object> args) implements MessageSourceResolvable {

	/** A message of the Drools compiler, which has no key of ours. */
	public static final String DROOLS = "problem.drools";

	/** A problem stored as plain text before problems had keys. */
	public static final String TEXT = "problem.text";

	public Problem {
		List<Object> copy = new ArrayList<>();
		for (Object arg : args == null ? List.of() : args) {
			copy.add(arg == null ? "" : arg);
		}
		args = List.copyOf(copy);
	}

	public static Problem at(String file, Integer line, Integer column, String key, Object... args) {
		return new Problem(file, line, column, key, Arrays.asList(args));
	}

	public static Problem in(String file, String key, Object... args) {
		return at(file, null, null, key, args);
	}

	/** A part of another problem's message, resolved in that message's language. */
	public static Problem phrase(String key, Object... args) {
		return at(null, null, null, key, args);
	}

	/** A message of the Drools compiler at its place. */
	public static Problem drools(String file, Integer line, Integer column, String text) {
		return at(file, line, column, DROOLS, text);
	}

	/** A problem kept as plain text (stored before problems had keys). */
	public static Problem text(String text) {
		return phrase(TEXT, text);
	}

	/** The same problem in a file under {@code folder}. */
	public Problem under(String folder) {
		return file == null ? this : new Problem(folder + file, line, column, key, args);
	}

	/** {@code file:line:column} as far as known; null without a file. */
	public String where() {
		return file == null ? null : file + (line == null ? "" : ":" + line + (column == null ? "" : ":" + column));
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return args.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return null;
	}

	/** The message alone in English, for logs and exception messages. */
	public String englishText() {
		return English.BUNDLE.getMessage(this, Locale.ENGLISH);
	}

	/** {@code where: message} in English, for logs, exception messages and tests. */
	public String english() {
		String where = where();
		return where == null ? englishText() : where + ": " + englishText();
	}

	/** Each problem in English. */
	public static List<String> english(List<Problem> problems) {
		return problems.stream().map(Problem::english).toList();
	}

	/** The English bundle, read once, for logs outside any request. */
	private static final class English {

		static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

		static {
			BUNDLE.setBasename("messages");
			BUNDLE.setDefaultEncoding("UTF-8");
			BUNDLE.setFallbackToSystemLocale(false);
			BUNDLE.setUseCodeAsDefaultMessage(true);
		}

	}

}
