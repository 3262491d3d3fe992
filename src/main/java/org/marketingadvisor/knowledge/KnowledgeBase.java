package org.marketingadvisor.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The validated, immutable content of {@code knowledge-base/}. Lists keep the files'
 * order.
 */
public final class KnowledgeBase {

	private final List<Document> documents;

	private final List<Heuristic> heuristics;

	private final List<Tension> tensions;

	private final List<Area> areas;

	private final List<FindingDefinition> findings;

	private final List<RecommendationDefinition> recommendations;

	private final List<Section> sections;

	private final Scoring scoring;

	private final Map<String, Document> documentsById;

	private final Map<String, Heuristic> heuristicsById;

	private final Map<String, Tension> tensionsById;

	private final Map<String, Integer> areaOrder;

	private final Map<String, Area> areasById;

	private final Map<String, FindingDefinition> findingsById;

	private final Map<String, RecommendationDefinition> recommendationsById;

	private final Map<String, Question> questionsById;

	/** {@link #consequences} of each finding asked about, computed once. */
	private final Map<String, Set<String>> consequences = new ConcurrentHashMap<>();

	KnowledgeBase(List<Document> documents, List<Heuristic> heuristics, List<Tension> tensions, List<Area> areas,
			List<FindingDefinition> findings, List<RecommendationDefinition> recommendations, List<Section> sections,
			Scoring scoring) {
		this.documents = List.copyOf(documents);
		this.heuristics = List.copyOf(heuristics);
		this.tensions = List.copyOf(tensions);
		this.areas = List.copyOf(areas);
		this.findings = List.copyOf(findings);
		this.recommendations = List.copyOf(recommendations);
		this.sections = List.copyOf(sections);
		this.scoring = scoring;
		this.documentsById = index(documents, Document::id);
		this.heuristicsById = index(heuristics, Heuristic::id);
		this.tensionsById = index(tensions, Tension::id);
		this.areasById = index(areas, Area::id);
		this.findingsById = index(findings, FindingDefinition::id);
		this.recommendationsById = index(recommendations, RecommendationDefinition::id);
		Map<String, Integer> order = new LinkedHashMap<>();
		for (int i = 0; i < areas.size(); i++) {
			order.putIfAbsent(areas.get(i).id(), i);
		}
		this.areaOrder = Map.copyOf(order);
		this.questionsById = index(sections.stream().flatMap(s -> s.questions().stream()).toList(), Question::id);
	}

	private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
		Map<String, T> map = new LinkedHashMap<>();
		for (T item : items) {
			String key = id.apply(item);
			if (key != null) {
				map.putIfAbsent(key, item);
			}
		}
		return Collections.unmodifiableMap(map);
	}

	public List<Document> documents() {
		return documents;
	}

	public Optional<Document> document(String id) {
		return Optional.ofNullable(documentsById.get(id));
	}

	public List<Heuristic> heuristics() {
		return heuristics;
	}

	public Optional<Heuristic> heuristic(String id) {
		return Optional.ofNullable(heuristicsById.get(id));
	}

	public List<Tension> tensions() {
		return tensions;
	}

	public Optional<Tension> tension(String id) {
		return Optional.ofNullable(tensionsById.get(id));
	}

	public List<Area> areas() {
		return areas;
	}

	public Optional<Area> area(String id) {
		return Optional.ofNullable(areasById.get(id));
	}

	/** Position of an area in the report; unknown areas sort last. */
	public int areaOrder(String id) {
		return areaOrder.getOrDefault(id, Integer.MAX_VALUE);
	}

	/**
	 * Every finding that the finding {@code id} causes, directly or further down the
	 * {@code causes} of {@code findings.yaml}, in the order first reached; empty for a
	 * finding that causes nothing or is unknown. Worked out once per finding: the focus
	 * of every report asks it for each pair of problems found.
	 */
	public Set<String> consequences(String id) {
		Set<String> known = consequences.get(id);
		if (known != null) {
			return known;
		}
		Set<String> into = new LinkedHashSet<>();
		List<String> todo = new ArrayList<>(causesOf(id));
		while (!todo.isEmpty()) {
			String next = todo.remove(todo.size() - 1);
			if (into.add(next)) {
				todo.addAll(causesOf(next));
			}
		}
		Set<String> reached = Collections.unmodifiableSet(into);
		consequences.putIfAbsent(id, reached);
		return reached;
	}

	private List<String> causesOf(String id) {
		FindingDefinition f = findingsById.get(id);
		return f == null ? List.of() : f.causes();
	}

	public List<FindingDefinition> findings() {
		return findings;
	}

	public Optional<FindingDefinition> finding(String id) {
		return Optional.ofNullable(findingsById.get(id));
	}

	public List<RecommendationDefinition> recommendations() {
		return recommendations;
	}

	public Optional<RecommendationDefinition> recommendation(String id) {
		return Optional.ofNullable(recommendationsById.get(id));
	}

	public List<Section> sections() {
		return sections;
	}

	public Optional<Question> question(String id) {
		return Optional.ofNullable(questionsById.get(id));
	}

	/** How reports score and plan ({@code scoring.yaml}). */
	public Scoring scoring() {
		return scoring;
	}

	/** All questions in questionnaire order. */
	public List<Question> questions() {
		return List.copyOf(questionsById.values());
	}

}
