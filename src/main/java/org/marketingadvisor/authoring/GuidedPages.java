package org.marketingadvisor.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.authoring.Forms.Choice;
import org.marketingadvisor.authoring.GuidedRule.Cond;
import org.marketingadvisor.authoring.GuidedRule.Conclusion;
import org.marketingadvisor.authoring.GuidedRule.Group;
import org.marketingadvisor.authoring.VersionStore.Version;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.web.LangLocaleResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The guided rule editor for consultants: conditions on answers and findings in groups, a
 * conclusion (an existing finding or recommendation, or a new one made on the spot), the
 * generated DRL beside the form. The form works without a script: changing a question and
 * pressing "Update" shows the operators and options that fit it.
 */
@Controller
class GuidedPages {

	static final String VIEW = "authoring/guided";

	static final String VIEW_RULE = "authoring/rule";

	private final GuidedRules guided;

	private final VersionStore store;

	GuidedPages(GuidedRules guided, VersionStore store) {
		this.guided = guided;
		this.store = store;
	}

	/** One condition row as the form shows it. */
	record Row(String subject, String op, List<String> values, String from, String to) {

		static Row empty() {
			return new Row("", "", List.of(), "", "");
		}

	}

	/** One group as the form shows it. */
	record GroupRow(String join, boolean negate, List<Row> rows) {
	}

	/** A condition row with what the form offers for its subject. */
	record RowView(Row row, List<String> operators, List<Choice> options, boolean numeric) {
	}

	/** A group with its rows' views. */
	record GroupView(String join, boolean negate, List<RowView> rows) {
	}

	/** A block of subject choices: a questionnaire section, or the findings. */
	record ChoiceGroup(String label, List<Choice> choices) {
	}

	@GetMapping("/consultant/rules/drafts/{id}/guided")
	String form(@PathVariable UUID id, @RequestParam(required = false) String rule, HttpServletRequest request,
			Model model) {
		Forms.openDraft(store, id);
		KnowledgeBase kb = Forms.knowledgeBase(store, id);
		GuidedRule existing = rule == null ? null
				: guided.rules(id)
					.stream()
					.filter(l -> l.name().equals(rule))
					.findFirst()
					.flatMap(GuidedRules.Listed::guided)
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String name = existing == null ? "" : existing.name();
		String conclusion = existing == null ? "" : existing.conclusion().type() + ":" + existing.conclusion().id();
		List<GroupRow> groups = existing == null ? List.of(new GroupRow("all", false, List.of(Row.empty())))
				: existing.groups().stream().map(GuidedPages::groupRow).toList();
		return page(model, request, id, kb, name, rule == null ? "" : rule, conclusion, groups, List.of());
	}

	private static GroupRow groupRow(Group g) {
		return new GroupRow(g.join(), g.negate(), g.conditions()
			.stream()
			.map(c -> new Row(c.finding() != null ? "f:" + c.finding() : "q:" + c.question(), c.op(), c.valuesOrEmpty(),
					c.from() == null ? "" : format(c.from()), c.to() == null ? "" : format(c.to())))
			.toList());
	}

	private static String format(Double d) {
		return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
	}

	@PostMapping("/consultant/rules/drafts/{id}/guided")
	String submit(@PathVariable UUID id, @RequestParam(defaultValue = "update") String action,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Forms.openDraft(store, id);
		KnowledgeBase kb = Forms.knowledgeBase(store, id);
		String name = Forms.param(request, "name").strip();
		String replacing = Forms.param(request, "replacing");
		String conclusion = Forms.param(request, "conclusion");
		List<GroupRow> groups = readGroups(request);
		if (action.equals("add-group")) {
			groups = new ArrayList<>(groups);
			groups.add(new GroupRow("all", false, List.of(Row.empty())));
		}
		else if (action.matches("add-condition-[0-9]{1,4}")) {
			int g = Integer.parseInt(action.substring("add-condition-".length()));
			groups = withRow(groups, g);
		}
		else if (action.matches("remove-[0-9]{1,4}-[0-9]{1,4}")) {
			String[] at = action.substring("remove-".length()).split("-");
			groups = withoutRow(groups, Integer.parseInt(at[0]), Integer.parseInt(at[1]));
		}
		// any other action (the form's buttons send none) shows the form again as typed
		else if (action.equals("save")) {
			GuidedRule rule = toRule(name, conclusion, groups);
			List<String> problems = rule.problems(kb);
			if (problems.isEmpty()) {
				List<String> draftProblems = guided.save(id, rule, replacing);
				if (draftProblems.isEmpty()) {
					redirect.addFlashAttribute("guidedSaved", rule.name());
					return "redirect:/consultant/rules/drafts/" + id;
				}
				model.addAttribute("draftProblems", draftProblems);
			}
			return page(model, request, id, kb, name, replacing, conclusion, groups, problems);
		}
		return page(model, request, id, kb, name, replacing, conclusion, groups, List.of());
	}

	@PostMapping("/consultant/rules/drafts/{id}/guided/conclusion")
	String newConclusion(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Forms.openDraft(store, id);
		String type = "finding".equals(Forms.param(request, "type")) ? "finding" : "recommendation";
		String suffix = Forms.param(request, "id").strip();
		String fullId = (type.equals("finding") ? "finding." : "rec.") + suffix;
		var conclusion = new GuidedRules.NewConclusion(type, fullId, Forms.param(request, "area"),
				Forms.param(request, "level"), Forms.values(request, "heuristics"), Forms.values(request, "after"),
				texts(request, "title"), texts(request, "text"), texts(request, "action"));
		List<String> problems = GuidedRules.precheck(conclusion, suffix);
		if (problems.isEmpty()) {
			problems = guided.add(id, conclusion);
		}
		KnowledgeBase kb = Forms.knowledgeBase(store, id);
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("created", fullId);
			redirect.addAttribute("conclusion", type + ":" + fullId);
			return "redirect:/consultant/rules/drafts/" + id + "/guided";
		}
		model.addAttribute("newProblems", problems.stream().map(p -> p.split("\\|", -1)).toList());
		model.addAttribute("newForm", conclusion);
		model.addAttribute("newSuffix", suffix);
		return page(model, request, id, kb, "", "", "", List.of(new GroupRow("all", false, List.of(Row.empty()))),
				List.of());
	}

	/** A rule the form cannot express, for reading (raw editing stays with admins). */
	@GetMapping("/consultant/rules/drafts/{id}/rule")
	String read(@PathVariable UUID id, @RequestParam String name, Model model) {
		Version draft = store.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("draft", draft);
		model.addAttribute("name", name);
		model.addAttribute("text",
				guided.text(id, name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("listed",
				guided.rules(id).stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow());
		return VIEW_RULE;
	}

	private String page(Model model, HttpServletRequest request, UUID id, KnowledgeBase kb, String name,
			String replacing, String conclusion, List<GroupRow> groups, List<String> problems) {
		Lang lang = LangLocaleResolver.current(request);
		Version draft = Forms.openDraft(store, id);
		groups = normalized(groups, kb);
		String chosen = conclusion.isEmpty() && request.getParameter("conclusion") != null
				? request.getParameter("conclusion") : conclusion;
		model.addAttribute("draft", draft);
		model.addAttribute("name", name);
		model.addAttribute("replacing", replacing);
		model.addAttribute("conclusion", chosen);
		model.addAttribute("groups",
				groups.stream()
					.map(g -> new GroupView(g.join(), g.negate(),
							g.rows()
								.stream()
								.map(r -> new RowView(r, operators(r.subject(), kb), options(r.subject(), kb, lang),
										numeric(r.subject(), kb)))
								.toList()))
					.toList());
		model.addAttribute("problems", problems.stream().map(p -> p.split("\\|", -1)).toList());
		model.addAttribute("subjects", subjects(kb, lang));
		model.addAttribute("kb", kb);
		model.addAttribute("lang", lang.code());
		model.addAttribute("findings",
				kb.findings().stream().map(f -> new Choice("finding:" + f.id(), f.title().get(lang))).toList());
		model.addAttribute("recommendations",
				kb.recommendations()
					.stream()
					.map(r -> new Choice("recommendation:" + r.id(), r.title().get(lang)))
					.toList());
		model.addAttribute("areas", kb.areas().stream().map(a -> new Choice(a.id(), a.title().get(lang))).toList());
		model.addAttribute("heuristics", kb.heuristics().stream().map(h -> new Choice(h.id(), h.id())).toList());
		model.addAttribute("questionTypes", questionTypes(kb));
		model.addAttribute("drl", preview(kb, name, conclusion, groups));
		GuidedRules.NewConclusion typed = (GuidedRules.NewConclusion) model.getAttribute("newForm");
		Map<String, Map<String, String>> newTexts = new LinkedHashMap<>();
		newTexts.put("title", typed == null ? Map.of() : typed.title());
		newTexts.put("text", typed == null ? Map.of() : typed.text());
		newTexts.put("action", typed == null ? Map.of() : typed.action());
		model.addAttribute("newTexts", newTexts);
		return VIEW;
	}

	/** The generated DRL of the form as it stands, when it can be generated. */
	private static String preview(KnowledgeBase kb, String name, String conclusion, List<GroupRow> groups) {
		GuidedRule rule = toRule(name.isBlank() ? "…" : name, conclusion, groups);
		List<String> problems = rule.problems(kb)
			.stream()
			.filter(p -> !p.startsWith("guided.error.name") && !p.startsWith("guided.error.conclusion"))
			.toList();
		if (!problems.isEmpty()) {
			return null;
		}
		return rule.drl().lines().skip(1).reduce((a, b) -> a + "\n" + b).orElse("");
	}

	private static Map<String, String> questionTypes(KnowledgeBase kb) {
		Map<String, String> types = new LinkedHashMap<>();
		kb.questions().forEach(q -> types.put("q:" + q.id(), q.type().code()));
		return types;
	}

	private static List<ChoiceGroup> subjects(KnowledgeBase kb, Lang lang) {
		List<ChoiceGroup> groups = new ArrayList<>();
		kb.sections()
			.forEach(s -> groups.add(new ChoiceGroup(s.title().get(lang),
					s.questions().stream().map(q -> new Choice("q:" + q.id(), q.text().get(lang))).toList())));
		groups.add(new ChoiceGroup("—",
				kb.findings().stream().map(f -> new Choice("f:" + f.id(), f.title().get(lang))).toList()));
		return groups;
	}

	private static GuidedRule toRule(String name, String conclusion, List<GroupRow> groups) {
		String[] c = conclusion.split(":", 2);
		Conclusion concl = new Conclusion(c[0], c.length > 1 ? c[1] : null);
		List<Group> out = new ArrayList<>();
		for (GroupRow g : groups) {
			List<Cond> conds = new ArrayList<>();
			for (Row r : g.rows()) {
				if (r.subject().isBlank()) {
					continue;
				}
				boolean finding = r.subject().startsWith("f:");
				// a subject the form's list does not offer is kept as an unknown
				// question,
				// which the rule's check then names
				String subject = finding || r.subject().startsWith("q:") ? r.subject().substring(2) : r.subject();
				conds.add(new Cond(finding ? null : subject, finding ? subject : null, r.op(), r.values(),
						number(r.from()), number(r.to())));
			}
			if (!conds.isEmpty()) {
				out.add(new Group(g.join(), g.negate(), conds));
			}
		}
		return new GuidedRule(name, out, concl);
	}

	private static Double number(String s) {
		try {
			return s == null || s.isBlank() ? null : Double.valueOf(s.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static List<GroupRow> readGroups(HttpServletRequest request) {
		List<GroupRow> groups = new ArrayList<>();
		for (int g = 0; request.getParameter("g" + g + ".join") != null; g++) {
			List<Row> rows = new ArrayList<>();
			for (int c = 0; request.getParameter("g" + g + ".c" + c + ".subject") != null; c++) {
				String p = "g" + g + ".c" + c + ".";
				rows.add(new Row(Forms.param(request, p + "subject"), Forms.param(request, p + "op"),
						Forms.values(request, p + "values"), Forms.param(request, p + "from"),
						Forms.param(request, p + "to")));
			}
			groups.add(new GroupRow("any".equals(Forms.param(request, "g" + g + ".join")) ? "any" : "all",
					request.getParameter("g" + g + ".negate") != null, rows));
		}
		return groups.isEmpty() ? List.of(new GroupRow("all", false, List.of(Row.empty()))) : groups;
	}

	private static List<GroupRow> withRow(List<GroupRow> groups, int at) {
		List<GroupRow> out = new ArrayList<>(groups);
		if (at >= 0 && at < out.size()) {
			List<Row> rows = new ArrayList<>(out.get(at).rows());
			rows.add(Row.empty());
			out.set(at, new GroupRow(out.get(at).join(), out.get(at).negate(), rows));
		}
		return out;
	}

	private static List<GroupRow> withoutRow(List<GroupRow> groups, int g, int c) {
		List<GroupRow> out = new ArrayList<>(groups);
		if (g >= 0 && g < out.size()) {
			List<Row> rows = new ArrayList<>(out.get(g).rows());
			if (c >= 0 && c < rows.size()) {
				rows.remove(c);
			}
			if (rows.isEmpty() && out.size() > 1) {
				out.remove(g);
			}
			else {
				out.set(g, new GroupRow(out.get(g).join(), out.get(g).negate(),
						rows.isEmpty() ? List.of(Row.empty()) : rows));
			}
		}
		return out;
	}

	private static Map<String, String> texts(HttpServletRequest request, String prefix) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Lang l : Lang.values()) {
			String v = Forms.param(request, prefix + "." + l.code()).strip();
			if (!v.isEmpty()) {
				texts.put(l.code(), v);
			}
		}
		return texts;
	}

	/** Rows whose operator does not fit their subject (new, or changed) get its first. */
	private static List<GroupRow> normalized(List<GroupRow> groups, KnowledgeBase kb) {
		return groups.stream().map(g -> new GroupRow(g.join(), g.negate(), g.rows().stream().map(r -> {
			List<String> ops = operators(r.subject(), kb);
			return ops.isEmpty() || ops.contains(r.op()) ? r
					: new Row(r.subject(), ops.get(0), r.values(), r.from(), r.to());
		}).toList())).toList();
	}

	private static boolean numeric(String subject, KnowledgeBase kb) {
		return subject != null && subject.startsWith("q:")
				&& kb.question(subject.substring(2))
					.map(q -> q.type() == QuestionType.NUMBER || q.type() == QuestionType.SCALE)
					.orElse(false);
	}

	/** The operators the form offers for a subject. */
	static List<String> operators(String subject, KnowledgeBase kb) {
		if (subject == null || subject.isBlank()) {
			return List.of();
		}
		if (subject.startsWith("f:")) {
			return GuidedRule.FINDING_OPERATORS;
		}
		if (!subject.startsWith("q:")) {
			return List.of();
		}
		return kb.question(subject.substring(2)).map(Question::type).map(GuidedRule::operatorsFor).orElse(List.of());
	}

	/** The values the form offers for a subject: option ids with labels, or yes/no. */
	static List<Choice> options(String subject, KnowledgeBase kb, Lang lang) {
		if (subject == null || !subject.startsWith("q:")) {
			return List.of();
		}
		Question q = kb.question(subject.substring(2)).orElse(null);
		if (q == null) {
			return List.of();
		}
		if (q.type() == QuestionType.YES_NO) {
			return List.of(new Choice("yes", "yes"), new Choice("no", "no"));
		}
		if (q.options() == null) {
			return List.of();
		}
		return q.options().stream().map(o -> new Choice(o.id(), o.label().get(lang))).toList();
	}

}
