package org.marketingadvisor.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.knowledge.Condition;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Option;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.questionnaire.AnswerValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random answer sets that the questionnaire accepts: every question whose show condition
 * holds is answered (optional ones sometimes left out) with a random value of its type,
 * so that samples reach every corner of the questionnaire. Seeded, so a run repeats. The
 * linter evaluates them; tests and benchmarks store them as assessments.
 */
public final class AnswerSampler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A sampled answer set, raw (as the API takes it) and validated. */
	public record Sample(Map<String, Object> raw, Answers answers) {

		public String json() {
			return JSON.writeValueAsString(raw);
		}

		/** The raw answers as the API and the assessments store take them. */
		public JsonNode node() {
			return JSON.valueToTree(raw);
		}

	}

	private AnswerSampler() {
	}

	public static List<Sample> sample(KnowledgeBase kb, int count, long seed) {
		Random random = new Random(seed);
		AnswerValidator validator = new AnswerValidator(kb, Lang.EN);
		List<Sample> samples = new ArrayList<>();
		for (int attempt = 0; samples.size() < count && attempt < count * 5; attempt++) {
			Map<String, Object> raw = new LinkedHashMap<>();
			for (Question q : kb.questions()) {
				if (q.condition() != null && !holds(q.condition(), raw.get(q.condition().question()))) {
					continue;
				}
				if (!Boolean.TRUE.equals(q.required()) && random.nextDouble() < 0.15) {
					continue;
				}
				Object value = value(q, random);
				if (value != null) {
					raw.put(q.id(), value);
				}
			}
			JsonNode node = JSON.valueToTree(raw);
			AnswerValidator.Result result = validator.validate(node);
			if (result.valid()) {
				samples.add(new Sample(raw, result.answers()));
			}
		}
		return samples;
	}

	private static boolean holds(Condition c, Object parent) {
		if (parent == null) {
			return false;
		}
		if (c.equals() != null) {
			return c.equals().equals(parent);
		}
		if (c.anyOf() != null) {
			return parent instanceof List<?> list ? list.stream().anyMatch(c.anyOf()::contains)
					: c.anyOf().contains(parent);
		}
		return parent instanceof Number n && c.min() != null && n.doubleValue() >= c.min();
	}

	private static Object value(Question q, Random random) {
		return switch (q.type()) {
			case YES_NO -> random.nextBoolean();
			case SINGLE -> q.options().get(random.nextInt(q.options().size())).id();
			case MULTIPLE -> choices(q.options(), random);
			case SCALE -> (int) (q.min() + random.nextInt((int) (q.max() - q.min()) + 1));
			case NUMBER -> number(q, random);
		};
	}

	private static List<String> choices(List<Option> options, Random random) {
		List<String> chosen = new ArrayList<>();
		Option first = options.get(random.nextInt(options.size()));
		chosen.add(first.id());
		if (Boolean.TRUE.equals(first.exclusive())) {
			return chosen;
		}
		for (Option o : options) {
			if (!Boolean.TRUE.equals(o.exclusive()) && !chosen.contains(o.id()) && random.nextDouble() < 0.25) {
				chosen.add(o.id());
			}
		}
		return chosen;
	}

	private static Object number(Question q, Random random) {
		double min = q.min() == null ? 0 : q.min();
		double max = q.max() == null ? Math.max(min + 10, min * 10 + 100) : q.max();
		// the ends of the range and small values matter most to thresholds
		double r = random.nextDouble();
		double value = r < 0.1 ? min
				: r < 0.2 ? max : min + Math.floor(Math.pow(random.nextDouble(), 2) * (max - min + 1));
		return (long) Math.min(max, value);
	}

}
