package org.marketingadvisor.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.questionnaire.AnswerType;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.questionnaire.ShowConditions;

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
			Map<String, AnswerValue> values = new LinkedHashMap<>();
			for (Question q : kb.questions()) {
				if (q.condition() != null
						&& !ShowConditions.holds(q.condition(), values.get(q.condition().question()))) {
					continue;
				}
				if (!q.isRequired() && random.nextDouble() < 0.15) {
					continue;
				}
				AnswerValue value = AnswerType.of(q).sample(q, random);
				values.put(q.id(), value);
				raw.put(q.id(), value.json());
			}
			JsonNode node = JSON.valueToTree(raw);
			AnswerValidator.Result result = validator.validate(node);
			if (result.valid()) {
				samples.add(new Sample(raw, result.answers()));
			}
		}
		return samples;
	}

}
