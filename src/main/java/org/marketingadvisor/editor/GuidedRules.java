package org.marketingadvisor.editor;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.DraftEdit;
import org.marketingadvisor.ruleset.Drafts;

import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.RuleSetVersions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.marketingadvisor.engine.DrlRule;
import org.marketingadvisor.engine.RuleSafety;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.web.FormError;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Where guided rules live in a draft and how they get there: one file for guided findings
 * rules and one for guided recommendation rules; saving replaces a rule of the same name
 * (or the one being edited) and goes through the draft's checks like any edit. New
 * findings and recommendations made on the spot are appended to the knowledge base.
 */
@Service
class GuidedRules {

	static final String FINDINGS_FILE = "rules/findings/guided.drl";

	static final String RECOMMENDATIONS_FILE = "rules/recommendations/guided.drl";

	private final VersionStore store;

	private final RuleSetVersions versions;

	GuidedRules(VersionStore store, RuleSetVersions versions) {
		this.store = store;
		this.versions = versions;
	}

	/**
	 * A rule of the draft: its name, where it is, and its guided form when it has one.
	 */
	public record Listed(String name, String where, String file, Optional<GuidedRule> guided) {
	}

	/** Every rule of a draft, in file order. */
	public List<Listed> rules(UUID draft) {
		return read(draft).stream().map(Read::listed).toList();
	}

	/** A rule of a draft with what Drools' parser read of it. */
	record Read(Listed listed, DrlRule rule) {
	}

	/** Every rule of a draft with its parse, in file order, from one reading. */
	List<Read> read(UUID draft) {
		Content content = store.content(draft);
		List<Read> read = new ArrayList<>();
		for (DrlRule rule : RuleSafety.read(content.ruleFiles()).rules()) {
			String file = rule.where().substring(0, rule.where().lastIndexOf(':'));
			read.add(new Read(
					new Listed(rule.name(), rule.where(), file, guided(content.files().get(file), rule.name())), rule));
		}
		return read;
	}

	/** The DRL text of one rule of a draft, for reading. */
	public Optional<String> text(UUID draft, String name) {
		Content content = store.content(draft);
		for (Listed l : rules(draft)) {
			if (l.name().equals(name)) {
				String file = content.files().get(l.file());
				int at = file.indexOf("rule \"" + name + "\"");
				int end = file.indexOf("\nend", at);
				return Optional.of(file.substring(at, end < 0 ? file.length() : end + 4));
			}
		}
		return Optional.empty();
	}

	private static Optional<GuidedRule> guided(String file, String name) {
		String[] lines = file.split("\n", -1);
		for (int i = 1; i < lines.length; i++) {
			if (lines[i].strip().equals("rule \"" + name + "\"")) {
				return GuidedRule.fromMarker(lines[i - 1]).filter(g -> g.name().equals(name));
			}
		}
		return Optional.empty();
	}

	/**
	 * Saves a guided rule into the draft, replacing the rule named {@code replacing} (or
	 * one of the same name); returns the draft's problems after the save.
	 */
	public List<Problem> save(UUID draft, GuidedRule rule, String replacing) {
		Content content = store.content(draft);
		Map<String, String> changed = new LinkedHashMap<>();
		// a rule being edited may move between the two files when its conclusion changes
		for (String file : List.of(FINDINGS_FILE, RECOMMENDATIONS_FILE)) {
			String text = content.files().get(file);
			if (text != null) {
				String without = remove(remove(text, replacing), rule.name());
				if (!without.equals(text)) {
					changed.put(file, without);
				}
			}
		}
		String file = rule.conclusion().finding() ? FINDINGS_FILE : RECOMMENDATIONS_FILE;
		String text = changed.getOrDefault(file,
				content.files().getOrDefault(file, header(rule.conclusion().finding())));
		changed.put(file, text.stripTrailing() + "\n\n" + rule.drl());
		return versions.saveDraftFiles(draft, changed, DraftEdit.of("history.guided-rule", rule.name()));
	}

	/** The text without the guided rule of that name (marker line and rule). */
	static String remove(String text, String name) {
		if (name == null || name.isBlank()) {
			return text;
		}
		String[] lines = text.split("\n", -1);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			boolean marker = i + 1 < lines.length && lines[i].strip().startsWith(GuidedRule.MARKER)
					&& lines[i + 1].strip().equals("rule \"" + name + "\"");
			if (marker || lines[i].strip().equals("rule \"" + name + "\"")) {
				int j = marker ? i + 1 : i;
				while (j < lines.length && !lines[j].strip().equals("end")) {
					j++;
				}
				i = j;
				continue;
			}
			out.append(lines[i]);
			if (i < lines.length - 1) {
				out.append('\n');
			}
		}
		return out.toString().replaceAll("\n{3,}", "\n\n");
	}

	private static String header(boolean findings) {
		return "// Rules made in the guided editor. Each comment line above a rule is the form's own\n"
				+ "// description of it; change these rules in the guided editor.\n" + "package rules."
				+ (findings ? "findings" : "recommendations") + ";\n\n" + "import org.marketingadvisor.engine.Answer;\n"
				+ "import org.marketingadvisor.engine.Finding;\n"
				+ (findings ? "" : "import org.marketingadvisor.engine.Recommendation;\n");
	}

	/** A finding or recommendation made on the spot, in the three languages. */
	public record NewConclusion(String type, String id, String area, String level, List<String> heuristics,
			List<String> after, Map<String, String> title, Map<String, String> text, Map<String, String> action) {
	}

	/**
	 * Appends a new finding or recommendation to the draft's knowledge base; returns the
	 * draft's problems after the save (the same validation as at start-up: a missing
	 * translation, an unknown area or heuristic, a duplicate id).
	 */
	public List<FormError> add(UUID draft, NewConclusion c) {
		boolean finding = "finding".equals(c.type());
		String file = Content.KNOWLEDGE_BASE + (finding ? "findings.yaml" : "recommendations.yaml");
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", c.id());
		entry.put("area", c.area());
		if (finding) {
			entry.put("kind", "problem");
			entry.put("severity", c.level());
		}
		else {
			entry.put("priority", c.level());
		}
		entry.put("heuristics", c.heuristics());
		if (!finding) {
			entry.put("after", c.after());
		}
		entry.put("title", c.title());
		entry.put(finding ? "description" : "summary", c.text());
		if (!finding) {
			entry.put("actions", List.of(c.action()));
		}
		Content content = store.content(draft);
		String text = content.files().get(file).stripTrailing() + "\n\n" + Drafts.yamlListItem(entry, 2);
		// the same validation as at start-up, before anything is saved: a refused entry
		// never breaks the draft
		List<Problem> problems = Drafts.knowledgeBaseProblems(content.with(file, text));
		if (!problems.isEmpty()) {
			return FormError.problems(problems);
		}
		return FormError.problems(versions.saveDraftFile(draft, file, text));
	}

	/**
	 * What the form itself can tell about a new entry, each at its field: a bad id, a
	 * missing translation, no heuristic.
	 */
	static void precheck(ConclusionForm form, Errors errors) {
		if (!form.id().matches(Drafts.ID_PATTERN)) {
			errors.rejectValue("id", "guided.new.bad-id");
		}
		List<String> parts = form.finding() ? List.of("title", "text") : List.of("title", "text", "action");
		for (String part : parts) {
			Texts texts = switch (part) {
				case "title" -> form.title();
				case "text" -> form.text();
				default -> form.action();
			};
			for (Lang l : Lang.values()) {
				if (texts.get(l).isEmpty()) {
					errors.rejectValue(part + "." + l.code(), "guided.new.missing",
							new Object[] { FormError.of("guided.new." + part), FormError.language(l) }, null);
				}
			}
		}
		if (form.heuristics().isEmpty()) {
			errors.rejectValue("heuristics", "guided.new.no-heuristic");
		}
	}

	/**
	 * The levels the form offers: a finding's severity or a recommendation's priority.
	 */
	static final List<String> LEVELS = List.of("critical", "high", "medium", "low");

	/**
	 * What the draft's knowledge base can tell about a new entry, each at its field: an
	 * area, heuristic or recommendation that does not exist, a level not offered, an id
	 * already taken. Checked before the start-up validation, whose messages speak of
	 * files and lines rather than of the form.
	 */
	static void check(ConclusionForm form, KnowledgeBase kb, Errors errors) {
		GuidedRules.NewConclusion c = form.conclusion();
		if (form.finding() ? kb.finding(c.id()).isPresent() : kb.recommendation(c.id()).isPresent()) {
			errors.rejectValue("id", "guided.new.taken", new Object[] { c.id() }, null);
		}
		if (kb.area(c.area()).isEmpty()) {
			errors.rejectValue("area", "guided.new.bad-area");
		}
		if (!LEVELS.contains(c.level())) {
			errors.rejectValue("level", "guided.new.bad-level");
		}
		for (String h : c.heuristics()) {
			if (kb.heuristic(h).isEmpty()) {
				errors.rejectValue("heuristics", "guided.new.unknown-heuristic", new Object[] { h }, null);
			}
		}
		if (!form.finding()) {
			for (String a : c.after()) {
				if (kb.recommendation(a).isEmpty()) {
					errors.rejectValue("after", "guided.new.unknown-after", new Object[] { a }, null);
				}
			}
		}
	}

}
