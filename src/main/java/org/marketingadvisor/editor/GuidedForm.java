package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.editor.GuidedRule.Cond;
import org.marketingadvisor.editor.GuidedRule.Conclusion;
import org.marketingadvisor.editor.GuidedRule.Group;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.web.FormError;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.web.FormFields;
import org.marketingadvisor.web.FormFields.Choice;

/**
 * The guided rule form as data: its numbered fields ({@code g0.c1.subject}) read into
 * groups of rows, rows added and removed, and turned into a {@link GuidedRule}; and what
 * the form offers for a row's subject (operators, options).
 */
final class GuidedForm {

	private GuidedForm() {
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

	static GroupRow groupRow(Group g) {
		return new GroupRow(g.join(), g.negate(), g.conditions()
			.stream()
			.map(c -> new Row(c.finding() != null ? "f:" + c.finding() : "q:" + c.question(), c.op(), c.valuesOrEmpty(),
					c.from() == null ? "" : format(c.from()), c.to() == null ? "" : format(c.to())))
			.toList());
	}

	static String format(Double d) {
		return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
	}

	/** The generated DRL of the form as it stands, when it can be generated. */
	static String preview(KnowledgeBase kb, String name, String conclusion, List<GroupRow> groups) {
		GuidedRule rule = toRule(name.isBlank() ? "…" : name, conclusion, groups);
		List<FormError> problems = rule.problems(kb)
			.stream()
			.filter(p -> !p.key().startsWith("guided.error.name") && !p.key().startsWith("guided.error.conclusion"))
			.toList();
		if (!problems.isEmpty()) {
			return null;
		}
		return rule.drl().lines().skip(1).reduce((a, b) -> a + "\n" + b).orElse("");
	}

	static GuidedRule toRule(String name, String conclusion, List<GroupRow> groups) {
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

	static Double number(String s) {
		try {
			return s == null || s.isBlank() ? null : Double.valueOf(s.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static List<GroupRow> readGroups(HttpServletRequest request) {
		List<GroupRow> groups = new ArrayList<>();
		for (int g = 0; request.getParameter("g" + g + ".join") != null; g++) {
			List<Row> rows = new ArrayList<>();
			for (int c = 0; request.getParameter("g" + g + ".c" + c + ".subject") != null; c++) {
				String p = "g" + g + ".c" + c + ".";
				rows.add(new Row(FormFields.param(request, p + "subject"), FormFields.param(request, p + "op"),
						FormFields.values(request, p + "values"), FormFields.param(request, p + "from"),
						FormFields.param(request, p + "to")));
			}
			groups.add(new GroupRow("any".equals(FormFields.param(request, "g" + g + ".join")) ? "any" : "all",
					request.getParameter("g" + g + ".negate") != null, rows));
		}
		return groups.isEmpty() ? List.of(new GroupRow("all", false, List.of(Row.empty()))) : groups;
	}

	static List<GroupRow> withRow(List<GroupRow> groups, int at) {
		List<GroupRow> out = new ArrayList<>(groups);
		if (at >= 0 && at < out.size()) {
			List<Row> rows = new ArrayList<>(out.get(at).rows());
			rows.add(Row.empty());
			out.set(at, new GroupRow(out.get(at).join(), out.get(at).negate(), rows));
		}
		return out;
	}

	static List<GroupRow> withoutRow(List<GroupRow> groups, int g, int c) {
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

	static Map<String, String> texts(HttpServletRequest request, String prefix) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Lang l : Lang.values()) {
			String v = FormFields.param(request, prefix + "." + l.code()).strip();
			if (!v.isEmpty()) {
				texts.put(l.code(), v);
			}
		}
		return texts;
	}

	/** Rows whose operator does not fit their subject (new, or changed) get its first. */
	static List<GroupRow> normalized(List<GroupRow> groups, KnowledgeBase kb) {
		return groups.stream().map(g -> new GroupRow(g.join(), g.negate(), g.rows().stream().map(r -> {
			List<String> ops = operators(r.subject(), kb);
			return ops.isEmpty() || ops.contains(r.op()) ? r
					: new Row(r.subject(), ops.get(0), r.values(), r.from(), r.to());
		}).toList())).toList();
	}

	static boolean numeric(String subject, KnowledgeBase kb) {
		return subject != null && subject.startsWith("q:")
				&& kb.question(subject.substring(2)).map(q -> q.type().numeric()).orElse(false);
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
		if (!q.type().hasOptions()) {
			return q.type().fixedValues().stream().map(v -> new Choice(v, v)).toList();
		}
		return q.options().stream().map(o -> new Choice(o.id(), o.label().get(lang))).toList();
	}

}
