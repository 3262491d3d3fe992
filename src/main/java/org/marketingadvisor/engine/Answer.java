package org.marketingadvisor.engine;

/**
 * One answer as a fact. Rules match on {@code question} and {@code value} with
 * {@code ==}, which Drools indexes (alpha-node hashing), so an evaluation touches only
 * the rules of the questions answered. Yes/no answers have value "yes" or "no"; a single
 * choice its option id; a multiple choice becomes one fact per chosen option; numbers and
 * scales carry {@code number} (and their decimal text as value).
 */
public final class Answer {

	private final String question;

	private final String value;

	private final double number;

	public Answer(String question, String value, double number) {
		this.question = question;
		this.value = value;
		this.number = number;
	}

	public static Answer of(String question, String value) {
		return new Answer(question, value, Double.NaN);
	}

	public static Answer of(String question, double number) {
		return new Answer(question, AnswerValue.format(number), number);
	}

	public String getQuestion() {
		return question;
	}

	public String getValue() {
		return value;
	}

	public double getNumber() {
		return number;
	}

	@Override
	public String toString() {
		return "Answer[" + question + "=" + value + "]";
	}

}
