package org.marketingadvisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.marketingadvisor.web.Messages;

/**
 * The scenarios table as a consultant reads it, in the page's language: the base
 * company's name, each changed answer as question text and option labels, expected and
 * forbidden results by title, the result of the last run; grouped by what they test (a
 * base company, an area's rules, the browser's own), and filtered.
 */
final class ScenarioViews {

	/** A changed answer: the question's text and the answer as the owner reads it. */
	record Shown(String question, String answer) {
	}

	/**
	 * An expected or forbidden result: its title, or for a rule its DRL name with the
	 * rule's sentence in the page's language ({@code sentence} null when it has none).
	 */
	record Item(String text, boolean rule, String sentence) {

		Item(String text, boolean rule) {
			this(text, rule, null);
		}

	}

	/**
	 * A scenario's row; {@code typed} when its name is shown as a consultant typed it
	 * (not written for the page's language), {@code baseTyped} likewise for its base's.
	 */
	record Row(String id, String name, boolean typed, String file, boolean editable, String base, String baseName,
			boolean baseTyped, List<Shown> answers, List<Item> expected, List<Item> forbidden, boolean passed,
			List<Problem> failures, List<String> fired) {

		/** The answers the table shows open; the rest behind "more". */
		static final int SHOWN = 4;

	}

	/** The group of the scenarios written in the browser. */
	static final String BROWSER_GROUP = "browser";

	record Group(String key, String title, List<Row> rows) {

		public long failed() {
			return rows.stream().filter(r -> !r.passed()).count();
		}

	}

	/** The filter of the table, as its form sends it. */
	record Filter(String group, String status, String text) {

		static Filter of(String group, String status, String text) {
			return new Filter(group == null ? "" : group, status == null ? "" : status,
					text == null ? "" : text.strip());
		}

		boolean keeps(Group g, Row r) {
			String t = text.toLowerCase(Locale.ROOT);
			return (group.isEmpty() || group.equals(g.key())) && (!status.equals("failing") || !r.passed())
					&& (!status.equals("passing") || r.passed())
					&& (t.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(t)
							|| r.id().toLowerCase(Locale.ROOT).contains(t));
		}

	}

	private final KnowledgeBase kb;

	private final Lang lang;

	private final Messages messages;

	private final ScenarioAnswers answers;

	/** The rules' sentences in the page's language, by rule name. */
	private final Map<String, String> sentences;

	ScenarioViews(KnowledgeBase kb, Lang lang, Messages messages) {
		this(kb, lang, messages, Map.of());
	}

	ScenarioViews(KnowledgeBase kb, Lang lang, Messages messages, Map<String, String> sentences) {
		this.kb = kb;
		this.lang = lang;
		this.messages = messages;
		this.answers = new ScenarioAnswers(kb, lang, messages);
		this.sentences = sentences;
	}

	/** Every scenario's row, by group, in file order. */
	List<Group> groups(ScenarioAuthoring.Overview overview) {
		Map<String, Scenario> names = new LinkedHashMap<>();
		overview.loaded().forEach(l -> names.put(l.scenario().id(), l.scenario()));
		Map<String, List<Row>> byGroup = new LinkedHashMap<>();
		for (ScenarioRunner.Result r : overview.results()) {
			byGroup.computeIfAbsent(groupKey(r.scenario().file()), k -> new ArrayList<>()).add(row(r, names));
		}
		List<Group> groups = new ArrayList<>();
		// failing scenarios first, else in their files' order
		byGroup.forEach((key, rows) -> groups.add(new Group(key, groupTitle(key),
				rows.stream().sorted((a, b) -> Boolean.compare(a.passed(), b.passed())).toList())));
		groups.sort((a, b) -> Integer.compare(rank(a.key()), rank(b.key())));
		return groups;
	}

	/**
	 * The groups with only the rows the filter keeps (groups left empty are left out).
	 */
	static List<Group> filter(List<Group> groups, Filter filter) {
		List<Group> kept = new ArrayList<>();
		for (Group g : groups) {
			List<Row> rows = g.rows().stream().filter(r -> filter.keeps(g, r)).toList();
			if (!rows.isEmpty()) {
				kept.add(new Group(g.key(), g.title(), rows));
			}
		}
		return kept;
	}

	/** The scenario's row; {@code scenarios} by id, for its base's name. */
	Row row(ScenarioRunner.Result r, Map<String, Scenario> scenarios) {
		Scenario s = r.scenario().scenario();
		List<Shown> shown = new ArrayList<>();
		s.answers().forEach((q, v) -> {
			Optional<Question> question = kb.question(q);
			shown.add(question.map(x -> new Shown(x.text().get(lang), answers.shown(x, v)))
				.orElseGet(() -> new Shown(q, String.valueOf(v))));
		});
		List<String> fired = r.evaluation() == null ? List.of() : r.evaluation().firedRules();
		Scenario base = s.base() == null ? null : scenarios.get(s.base());
		return new Row(s.id(), name(s, lang), typed(s, lang), r.scenario().file(),
				BrowserScenarios.editable(r.scenario().file()), s.base(),
				s.base() == null ? null : base == null ? s.base() : name(base, lang), base == null || typed(base, lang),
				shown, items(s.expect(), false), items(s.absent(), true), r.passed(), r.failures(),
				List.copyOf(new LinkedHashSet<>(fired)));
	}

	private List<Item> items(Scenario.Expectation e, boolean absent) {
		List<Item> items = new ArrayList<>();
		e.findings().forEach(f -> items.add(new Item(kb.finding(f).map(d -> d.title().get(lang)).orElse(f), false)));
		e.recommendations()
			.forEach(x -> items.add(new Item(kb.recommendation(x).map(d -> d.title().get(lang)).orElse(x), false)));
		e.rules().forEach(x -> items.add(new Item(x, true, sentences.get(x))));
		if (absent) {
			e.severities()
				.forEach(x -> items.add(new Item(messages.get(lang, "scenarios.severity-none", severity(x)), false)));
			e.priorities()
				.forEach(x -> items.add(new Item(messages.get(lang, "scenarios.priority-none", severity(x)), false)));
		}
		return items;
	}

	private String severity(String code) {
		return messages.get(lang, "severity." + code);
	}

	/** The name a page in the language shows: the scenario's id when it has none. */
	static String name(Scenario s, Lang lang) {
		return s.name() == null || s.name().isBlank() ? s.id() : s.name().in(lang);
	}

	/**
	 * Whether the name shown is not one written for the language (a consultant's typed
	 * text, a fallback, or the id): the page marks it as not to be translated.
	 */
	static boolean typed(Scenario s, Lang lang) {
		return s.name() == null || !s.name().translated(lang);
	}

	/** Rules no scenario fires, in the rule set's order. */
	static List<String> uncovered(ScenarioAuthoring.Overview overview) {
		Set<String> fired = new LinkedHashSet<>();
		overview.results()
			.stream()
			.filter(r -> r.evaluation() != null)
			.forEach(r -> fired.addAll(r.evaluation().firedRules()));
		return overview.ruleSet().ruleNames().stream().filter(n -> !fired.contains(n)).sorted().toList();
	}

	/** The file's group: the base companies, an area's rules, the browser's. */
	static String groupKey(String file) {
		if (BrowserScenarios.editable(file)) {
			return "browser";
		}
		if (file.startsWith("rules/scenarios/companies/")) {
			return "companies";
		}
		String name = file.substring(file.lastIndexOf('/') + 1);
		return name.replaceAll("\\.ya?ml$", "");
	}

	private String groupTitle(String key) {
		return switch (key) {
			case "browser" -> messages.get(lang, "scenarios.group.browser");
			case "companies" -> messages.get(lang, "scenarios.group.companies");
			case "applicability" -> messages.get(lang, "scenarios.group.applicability");
			default -> kb.area(key)
				.map(a -> messages.get(lang, "scenarios.group.area", a.title().get(lang)))
				.orElseGet(() -> messages.get(lang, "scenarios.group.other", key));
		};
	}

	private int rank(String key) {
		return switch (key) {
			case "browser" -> -2;
			case "companies" -> -1;
			default -> kb.area(key).isPresent() ? kb.areaOrder(key) : 1000;
		};
	}

	/** Base choices: every scenario by name, companies first. */
	static List<LoadedScenario> bases(List<LoadedScenario> loaded) {
		List<LoadedScenario> sorted = new ArrayList<>(loaded);
		sorted.sort((a, b) -> Boolean.compare(!groupKey(a.file()).equals("companies"),
				!groupKey(b.file()).equals("companies")));
		return sorted;
	}

}
