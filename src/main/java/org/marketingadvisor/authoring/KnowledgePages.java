package org.marketingadvisor.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.authoring.VersionStore.Version;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.LocalizedText;
import org.marketingadvisor.knowledge.Option;
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
 * Knowledge-base editing in the browser: the texts of questions, options, findings and
 * recommendations in the three languages, and new questions; every change is checked by
 * the same validation as at start-up before it is saved in the draft, and a missing
 * translation is named, never saved blank.
 */
@Controller
class KnowledgePages {

	static final String VIEW_LIST = "authoring/knowledge";

	static final String VIEW_EDIT = "authoring/knowledge-edit";

	static final String VIEW_QUESTION = "authoring/knowledge-question";

	private static final String QUESTIONNAIRE = "knowledge-base/questionnaire.yaml";

	private final VersionStore store;

	private final RuleSetVersions versions;

	KnowledgePages(VersionStore store, RuleSetVersions versions) {
		this.store = store;
		this.versions = versions;
	}

	/** An entry of the list: what it is, its id, its text in the page's language. */
	record Entry(String kind, String id, String option, String label) {
	}

	/** A text field of the edit form, with its texts by language. */
	record Field(String name, Map<String, String> texts) {
	}

	@GetMapping("/consultant/rules/drafts/{id}/knowledge")
	String list(@PathVariable UUID id, HttpServletRequest request, Model model) {
		Version draft = Forms.openDraft(store, id);
		KnowledgeBase kb = Forms.knowledgeBase(store, id);
		Lang lang = LangLocaleResolver.current(request);
		List<Entry> questions = new ArrayList<>();
		for (Question q : kb.questions()) {
			questions.add(new Entry("question", q.id(), null, q.text().get(lang)));
			if (q.options() != null) {
				for (Option o : q.options()) {
					questions.add(new Entry("option", q.id(), o.id(), o.label().get(lang)));
				}
			}
		}
		model.addAttribute("draft", draft);
		model.addAttribute("questions", questions);
		model.addAttribute("findings",
				kb.findings().stream().map(f -> new Entry("finding", f.id(), null, f.title().get(lang))).toList());
		model.addAttribute("recommendations",
				kb.recommendations()
					.stream()
					.map(r -> new Entry("recommendation", r.id(), null, r.title().get(lang)))
					.toList());
		return VIEW_LIST;
	}

	@GetMapping("/consultant/rules/drafts/{id}/knowledge/edit")
	String edit(@PathVariable UUID id, @RequestParam String kind, @RequestParam("entry") String entryId,
			@RequestParam(required = false) String option, Model model) {
		Version draft = Forms.openDraft(store, id);
		KnowledgeBase kb = Forms.knowledgeBase(store, id);
		List<Field> fields = fields(kb, kind, entryId, option);
		return editPage(model, draft, kind, entryId, option, fields, List.of());
	}

	@PostMapping("/consultant/rules/drafts/{id}/knowledge/edit")
	String save(@PathVariable UUID id, @RequestParam String kind, @RequestParam("entry") String entryId,
			@RequestParam(required = false) String option, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Version draft = Forms.openDraft(store, id);
		KnowledgeBase kb = Forms.knowledgeBase(store, id);
		List<Field> typed = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Field f : fields(kb, kind, entryId, option)) {
			Map<String, String> texts = new LinkedHashMap<>();
			for (Lang l : Lang.values()) {
				String v = Forms.param(request, f.name() + "." + l.code()).strip();
				texts.put(l.code(), v);
				if (v.isEmpty()) {
					problems.add("knowledge.missing|" + f.name() + "|" + l.code());
				}
			}
			typed.add(new Field(f.name(), texts));
		}
		if (!problems.isEmpty()) {
			return editPage(model, draft, kind, entryId, option, typed, problems);
		}
		String file = file(kind);
		Content content = store.content(id);
		String text = content.files().get(file);
		List<String> path = option == null || option.isBlank() ? List.of(entryId) : List.of(entryId, option);
		for (Field f : typed) {
			text = KnowledgeTexts.set(text, path, f.name(), f.texts());
		}
		List<String> refused = Forms.knowledgeBaseProblems(content.with(file, text));
		if (!refused.isEmpty()) {
			return editPage(model, draft, kind, entryId, option, typed, refused);
		}
		versions.saveDraftFile(id, file, text);
		redirect.addFlashAttribute("saved", option == null || option.isBlank() ? entryId : entryId + " / " + option);
		return "redirect:/consultant/rules/drafts/" + id + "/knowledge";
	}

	@GetMapping("/consultant/rules/drafts/{id}/knowledge/question")
	String newQuestion(@PathVariable UUID id, HttpServletRequest request, Model model) {
		return questionPage(model, Forms.openDraft(store, id), Forms.knowledgeBase(store, id),
				LangLocaleResolver.current(request), Map.of(), List.of());
	}

	@PostMapping("/consultant/rules/drafts/{id}/knowledge/question")
	String addQuestion(@PathVariable UUID id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Version draft = Forms.openDraft(store, id);
		KnowledgeBase kb = Forms.knowledgeBase(store, id);
		Lang lang = LangLocaleResolver.current(request);
		Map<String, String> form = new LinkedHashMap<>();
		request.getParameterMap().forEach((k, v) -> form.put(k, v.length == 0 ? "" : v[0]));
		List<String> problems = new ArrayList<>();
		String qid = form.getOrDefault("qid", "").strip();
		String section = form.getOrDefault("section", "");
		if (!qid.matches("[a-z0-9-]+\\.[a-z0-9-]+")) {
			problems.add("knowledge.question.bad-id|");
		}
		QuestionType type = java.util.Arrays.stream(QuestionType.values())
			.filter(t -> t.code().equals(form.get("type")))
			.findFirst()
			.orElse(QuestionType.YES_NO);
		Map<String, Object> q = new LinkedHashMap<>();
		q.put("id", qid);
		q.put("type", type.code());
		q.put("required", form.containsKey("required"));
		if (type == QuestionType.SCALE || type == QuestionType.NUMBER) {
			q.put("min", number(form.get("min"), 1));
			q.put("max", number(form.get("max"), type == QuestionType.SCALE ? 5 : 1000));
		}
		q.put("text", texts(form, "text", problems));
		q.put("help", texts(form, "help", problems));
		if (type == QuestionType.SINGLE || type == QuestionType.MULTIPLE) {
			List<Map<String, Object>> options = new ArrayList<>();
			String[] optionLines = form.getOrDefault("options", "").split("\n");
			for (int n = 0; n < optionLines.length; n++) {
				String line = optionLines[n];
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.split("\\|", -1);
				if (parts.length != 4 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
					problems.add("knowledge.question.option-line|" + (n + 1));
					continue;
				}
				options.add(Map.of("id", parts[0].strip(), "label", new LinkedHashMap<>(
						Map.of("ru", parts[1].strip(), "uk", parts[2].strip(), "en", parts[3].strip()))));
			}
			if (options.size() < 2) {
				problems.add("knowledge.question.options|");
			}
			q.put("options", options);
		}
		String when = form.getOrDefault("when", "");
		if (!when.isBlank()) {
			Map<String, Object> condition = new LinkedHashMap<>();
			condition.put("question", when);
			String values = form.getOrDefault("whenValues", "").strip();
			if (values.equals("yes") || values.equals("no")) {
				condition.put("equals", values.equals("yes"));
			}
			else {
				condition.put("anyOf", java.util.Arrays.stream(values.split(",")).map(String::strip).toList());
			}
			q.put("condition", condition);
		}
		if (problems.isEmpty()) {
			Content content = store.content(id);
			String yaml = Forms.yamlListItem(q, 0);
			try {
				String text = KnowledgeTexts.addQuestion(content.files().get(QUESTIONNAIRE), section, yaml);
				problems.addAll(Forms.knowledgeBaseProblems(content.with(QUESTIONNAIRE, text)));
				if (problems.isEmpty()) {
					versions.saveDraftFile(id, QUESTIONNAIRE, text);
					redirect.addFlashAttribute("saved", qid);
					return "redirect:/consultant/rules/drafts/" + id + "/knowledge";
				}
			}
			catch (IllegalArgumentException ex) {
				problems.add("knowledge.question.bad-section|");
			}
		}
		return questionPage(model, draft, kb, lang, form, problems);
	}

	private static Object number(String s, double fallback) {
		try {
			double d = s == null || s.isBlank() ? fallback : Double.parseDouble(s.strip());
			return d == Math.rint(d) ? (Object) (long) d : (Object) d;
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	private static Map<String, String> texts(Map<String, String> form, String name, List<String> problems) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Lang l : Lang.values()) {
			String v = form.getOrDefault(name + "." + l.code(), "").strip();
			if (!v.isEmpty()) {
				texts.put(l.code(), v);
			}
			else if (problems != null) {
				problems.add("knowledge.missing|" + name + "|" + l.code());
			}
		}
		return texts;
	}

	private String questionPage(Model model, Version draft, KnowledgeBase kb, Lang lang, Map<String, String> form,
			List<String> problems) {
		model.addAttribute("draft", draft);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems.stream().map(p -> p.split("\\|", -1)).toList());
		model.addAttribute("sections",
				kb.sections().stream().map(s -> new Entry("section", s.id(), null, s.title().get(lang))).toList());
		model.addAttribute("types", java.util.Arrays.stream(QuestionType.values()).map(QuestionType::code).toList());
		model.addAttribute("parents",
				kb.questions().stream().map(q -> new Entry("question", q.id(), null, q.text().get(lang))).toList());
		return VIEW_QUESTION;
	}

	private String editPage(Model model, Version draft, String kind, String entryId, String option, List<Field> fields,
			List<String> problems) {
		model.addAttribute("draft", draft);
		model.addAttribute("kind", kind);
		model.addAttribute("entry", entryId);
		model.addAttribute("option", option);
		model.addAttribute("fields", fields);
		model.addAttribute("problems", problems.stream().map(p -> p.split("\\|", -1)).toList());
		return VIEW_EDIT;
	}

	private static String file(String kind) {
		return switch (kind) {
			case "finding" -> "knowledge-base/findings.yaml";
			case "recommendation" -> "knowledge-base/recommendations.yaml";
			default -> QUESTIONNAIRE;
		};
	}

	private static List<Field> fields(KnowledgeBase kb, String kind, String id, String option) {
		return switch (kind) {
			case "question" -> {
				Question q = kb.question(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
				yield List.of(field("text", q.text()), field("help", q.help()));
			}
			case "option" -> {
				Question q = kb.question(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
				Option o = (q.options() == null ? List.<Option>of() : q.options()).stream()
					.filter(x -> x.id().equals(option))
					.findFirst()
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
				yield List.of(field("label", o.label()));
			}
			case "finding" -> {
				var f = kb.finding(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
				yield List.of(field("title", f.title()), field("description", f.description()));
			}
			case "recommendation" -> {
				var r = kb.recommendation(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
				yield List.of(field("title", r.title()), field("summary", r.summary()));
			}
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		};
	}

	private static Field field(String name, LocalizedText text) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (Lang l : Lang.values()) {
			String v = text == null ? null : text.get(l);
			texts.put(l.code(), v == null ? "" : v);
		}
		return new Field(name, texts);
	}

}
