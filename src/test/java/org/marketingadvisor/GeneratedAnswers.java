package org.marketingadvisor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.marketingadvisor.authoring.ScenarioLoader;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.questionnaire.AnswerValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Varied, valid answer sets for load and impact tests: a whole-company scenario with a
 * share of its answers replaced at random (seeded, so runs repeat), kept only when the
 * questionnaire accepts it.
 */
public final class GeneratedAnswers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GeneratedAnswers() {
	}

	public static List<JsonNode> generate(KnowledgeBase kb, int count, long seed) {
		List<Map<String, Object>> companies = ScenarioLoader.load(TestContent.RULES)
			.stream()
			.filter(s -> s.file().contains("companies/"))
			.map(ScenarioLoader.LoadedScenario::answers)
			.toList();
		AnswerValidator validator = new AnswerValidator(kb, Lang.EN);
		// answers that show or hide other questions stay as the company gave them, so
		// that
		// no answer ends up on a hidden question
		java.util.Set<String> controlling = new java.util.HashSet<>();
		for (Question q : kb.questions()) {
			if (q.condition() != null) {
				controlling.add(q.condition().question());
			}
		}
		Random random = new Random(seed);
		List<JsonNode> sets = new ArrayList<>();
		int attempts = 0;
		while (sets.size() < count) {
			if (++attempts > count * 20) {
				throw new IllegalStateException("could not generate " + count + " valid answer sets");
			}
			Map<String, Object> answers = new LinkedHashMap<>(companies.get(random.nextInt(companies.size())));
			for (Question q : kb.questions()) {
				if (answers.containsKey(q.id()) && !controlling.contains(q.id()) && random.nextDouble() < 0.3) {
					Object value = randomValue(q, random);
					if (value != null) {
						answers.put(q.id(), value);
					}
				}
			}
			JsonNode node = JSON.valueToTree(answers);
			if (validator.validate(node).valid()) {
				sets.add(node);
			}
		}
		return sets;
	}

	private static Object randomValue(Question q, Random random) {
		QuestionType type = q.type();
		return switch (type) {
			case YES_NO -> random.nextBoolean();
			case SINGLE -> q.options().get(random.nextInt(q.options().size())).id();
			case MULTIPLE -> List.of(q.options().get(random.nextInt(q.options().size())).id());
			case SCALE -> (int) Math.round(q.min() + random.nextInt((int) (q.max() - q.min()) + 1));
			case NUMBER -> null;
		};
	}

}
