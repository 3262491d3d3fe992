package org.marketingadvisor.engine;

/**
 * Advice, inserted by a rule that matched findings:
 * {@code insertLogical(new Recommendation("rec.x"))}.
 */
public final class Recommendation extends Derived {

	public Recommendation(String id) {
		super(id);
	}

	@Override
	public String toString() {
		return "Recommendation[" + getId() + "]";
	}

}
