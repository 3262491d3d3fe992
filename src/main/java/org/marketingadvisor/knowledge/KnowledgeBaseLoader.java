package org.marketingadvisor.knowledge;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Parses the knowledge-base files strictly (an unknown or misspelt key is an error,
 * reported with file, line and column) and validates them with
 * {@link KnowledgeBaseValidator}. Either returns a complete knowledge base or throws with
 * every problem found.
 */
public final class KnowledgeBaseLoader {

	static final String DOCUMENTS = "documents.yaml";

	static final String HEURISTICS = "heuristics.yaml";

	static final String TENSIONS = "tensions.yaml";

	static final String AREAS = "areas.yaml";

	static final String FINDINGS = "findings.yaml";

	static final String RECOMMENDATIONS = "recommendations.yaml";

	static final String QUESTIONNAIRE = "questionnaire.yaml";

	static final String SCORING = "scoring.yaml";

	private static final Set<String> FILES = Set.of(DOCUMENTS, HEURISTICS, TENSIONS, AREAS, FINDINGS, RECOMMENDATIONS,
			QUESTIONNAIRE, SCORING);

	private KnowledgeBaseLoader() {
	}

	/**
	 * Whether a path under {@code knowledge-base/} is a content file (README and the like
	 * are not).
	 */
	public static boolean isContentFile(String path) {
		return path.endsWith(".yaml") || path.endsWith(".yml");
	}

	/**
	 * Loads and validates the files, or throws with every problem. The same files are
	 * loaded once while they stay among the last few asked for: a draft's pages, its
	 * quick check on every save and its linter all read the same knowledge base, which
	 * takes a good part of a second to parse and validate. The outcome is a function of
	 * the paths and texts alone; softly held, so memory pressure may drop it.
	 */
	public static KnowledgeBase load(List<SourceFile> files) {
		String key = SourceFile.digest(files);
		SoftReference<Loaded> known = LOADED.get(key);
		Loaded loaded = known == null ? null : known.get();
		if (loaded == null) {
			try {
				loaded = new Loaded(read(files), List.of());
			}
			catch (KnowledgeBaseException ex) {
				loaded = new Loaded(null, List.copyOf(ex.problems()));
			}
			LOADED.put(key, new SoftReference<>(loaded));
		}
		if (loaded.kb() == null) {
			throw new KnowledgeBaseException(loaded.problems());
		}
		return loaded.kb();
	}

	/** A load's outcome: the knowledge base, or the problems that stopped it. */
	private record Loaded(KnowledgeBase kb, List<Problem> problems) {
	}

	private static final Map<String, SoftReference<Loaded>> LOADED = Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, SoftReference<Loaded>> eldest) {
				return size() > 8;
			}
		});

	private static KnowledgeBase read(List<SourceFile> files) {
		List<Problem> problems = new ArrayList<>();
		Map<String, SourceFile> byName = new TreeMap<>();
		for (SourceFile file : files) {
			if (!FILES.contains(file.path())) {
				problems.add(Problem.in(file.path(), "problem.kb.unexpected-file",
						String.join(", ", new java.util.TreeSet<>(FILES))));
				continue;
			}
			byName.put(file.path(), file);
		}
		for (String name : FILES) {
			if (!byName.containsKey(name)) {
				problems.add(Problem.in(name, "problem.kb.missing-file"));
			}
		}
		DocumentsFile documents = parse(byName.get(DOCUMENTS), DocumentsFile.class, problems);
		HeuristicsFile heuristics = parse(byName.get(HEURISTICS), HeuristicsFile.class, problems);
		TensionsFile tensions = parse(byName.get(TENSIONS), TensionsFile.class, problems);
		AreasFile areas = parse(byName.get(AREAS), AreasFile.class, problems);
		FindingsFile findings = parse(byName.get(FINDINGS), FindingsFile.class, problems);
		RecommendationsFile recommendations = parse(byName.get(RECOMMENDATIONS), RecommendationsFile.class, problems);
		QuestionnaireFile questionnaire = parse(byName.get(QUESTIONNAIRE), QuestionnaireFile.class, problems);
		ScoringFile scoring = parse(byName.get(SCORING), ScoringFile.class, problems);
		if (scoring != null && scoring.scoring() == null) {
			problems.add(Problem.in(SCORING, "problem.kb.scoring-missing"));
		}
		if (!problems.isEmpty()) {
			throw new KnowledgeBaseException(problems);
		}
		KnowledgeBase kb = new KnowledgeBase(nonNull(documents.documents()), nonNull(heuristics.heuristics()),
				nonNull(tensions.tensions()), nonNull(areas.areas()), nonNull(findings.findings()),
				nonNull(recommendations.recommendations()), nonNull(questionnaire.sections()), scoring.scoring());
		problems.addAll(new KnowledgeBaseValidator(kb).validate());
		if (!problems.isEmpty()) {
			throw new KnowledgeBaseException(problems);
		}
		return kb;
	}

	private static <T> List<T> nonNull(List<T> list) {
		return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).toList();
	}

	private static <T> T parse(SourceFile file, Class<T> type, List<Problem> problems) {
		return file == null ? null : StrictYaml.read(file, file.path(), type, problems);
	}

	record DocumentsFile(List<Document> documents) {
	}

	record HeuristicsFile(List<Heuristic> heuristics) {
	}

	record TensionsFile(List<Tension> tensions) {
	}

	record AreasFile(List<Area> areas) {
	}

	record FindingsFile(List<FindingDefinition> findings) {
	}

	record RecommendationsFile(List<RecommendationDefinition> recommendations) {
	}

	record QuestionnaireFile(List<Section> sections) {
	}

	record ScoringFile(Scoring scoring) {
	}

}
