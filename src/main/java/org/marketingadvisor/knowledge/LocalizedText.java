package org.marketingadvisor.knowledge;

/**
 * A text in the three languages of the product; all three are required by the validator.
 */
public record LocalizedText(String ru, String uk, String en) {

	public String get(Lang lang) {
		return switch (lang) {
			case RU -> ru;
			case UK -> uk;
			case EN -> en;
		};
	}

	boolean complete() {
		return notBlank(ru) && notBlank(uk) && notBlank(en);
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}

}
