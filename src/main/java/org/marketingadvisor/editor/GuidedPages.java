package org.marketingadvisor.editor;

import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.web.FormError;
import org.marketingadvisor.web.FormFields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.marketingadvisor.web.FormFields.Choice;
import org.marketingadvisor.editor.GuidedRule.Cond;
import org.marketingadvisor.editor.GuidedRule.Conclusion;
import org.marketingadvisor.editor.GuidedRule.Group;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.marketingadvisor.engine.RuleWords;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;
import org.marketingadvisor.web.LangLocaleResolver;
import org.marketingadvisor.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	private final Messages messages;

	private final RuleBook book;

	GuidedPages(GuidedRules guided, VersionStore store, Messages messages, RuleBook book) {
		this.guided = guided;
		this.store = store;
		this.messages = messages;
		this.book = book;
	}

	/** A condition row with what the form offers for its subject. */
	record RowView(GuidedForm.Row row, List<String> operators, List<Choice> options, boolean numeric) {
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
		Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		GuidedRule existing = rule == null ? null
				: guided.rules(id)
					.stream()
					.filter(l -> l.name().equals(rule))
					.findFirst()
					.flatMap(GuidedRules.Listed::guided)
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String name = existing == null ? "" : existing.name();
		String conclusion = existing == null ? "" : existing.conclusion().type() + ":" + existing.conclusion().id();
		List<GuidedForm.GroupRow> groups = existing == null
				? List.of(new GuidedForm.GroupRow("all", false, List.of(GuidedForm.Row.empty())))
				: existing.groups().stream().map(GuidedForm::groupRow).toList();
		return page(model, request, id, kb, name, rule == null ? "" : rule, conclusion, groups, List.of());
	}

	@PostMapping("/consultant/rules/drafts/{id}/guided")
	String submit(@PathVariable UUID id, @RequestParam(defaultValue = "update") String action,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Drafts.openDraft(store, id);
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		String name = FormFields.param(request, "name").strip();
		String replacing = FormFields.param(request, "replacing");
		String conclusion = FormFields.param(request, "conclusion");
		List<GuidedForm.GroupRow> groups = GuidedForm.readGroups(request);
		if (action.equals("add-group")) {
			groups = new ArrayList<>(groups);
			groups.add(new GuidedForm.GroupRow("all", false, List.of(GuidedForm.Row.empty())));
		}
		else if (action.matches("add-condition-[0-9]{1,4}")) {
			int g = Integer.parseInt(action.substring("add-condition-".length()));
			groups = GuidedForm.withRow(groups, g);
		}
		else if (action.matches("remove-[0-9]{1,4}-[0-9]{1,4}")) {
			String[] at = action.substring("remove-".length()).split("-");
			groups = GuidedForm.withoutRow(groups, Integer.parseInt(at[0]), Integer.parseInt(at[1]));
		}
		// any other action (the form's buttons send none) shows the form again as typed
		else if (action.equals("save")) {
			GuidedRule rule = GuidedForm.toRule(name, conclusion, groups);
			List<FormError> problems = rule.problems(kb);
			if (problems.isEmpty()) {
				List<Problem> draftProblems = guided.save(id, rule, replacing);
				if (draftProblems.isEmpty()) {
					redirect.addFlashAttribute("guidedSaved", rule.name());
					return "redirect:/consultant/rules/drafts/" + id + "#guided-saved";
				}
				model.addAttribute("draftProblems", draftProblems);
			}
			return page(model, request, id, kb, name, replacing, conclusion, groups, problems);
		}
		return page(model, request, id, kb, name, replacing, conclusion, groups, List.of());
	}

	@PostMapping("/consultant/rules/drafts/{id}/guided/conclusion")
	String newConclusion(@PathVariable UUID id, @ModelAttribute("conclusionForm") ConclusionForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Drafts.openDraft(store, id);
		var conclusion = form.conclusion();
		GuidedRules.precheck(form, result);
		GuidedRules.check(form, Drafts.knowledgeBase(store, id), result);
		if (!result.hasErrors()) {
			// the start-up validation names file and line itself: shown as it says it
			guided.add(id, conclusion).forEach(p -> result.reject(p.key(), p.getArguments(), null));
		}
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		if (!result.hasErrors()) {
			redirect.addFlashAttribute("created", conclusion.id());
			redirect.addAttribute("conclusion", form.type() + ":" + conclusion.id());
			return "redirect:/consultant/rules/drafts/" + id + "/guided";
		}
		model.addAttribute("newProblems", messages.summary(result, LangLocaleResolver.current(request)));
		return page(model, request, id, kb, "", "", "",
				List.of(new GuidedForm.GroupRow("all", false, List.of(GuidedForm.Row.empty()))), List.of());
	}

	/** A rule the form cannot express, for reading (raw editing stays with admins). */
	@GetMapping("/consultant/rules/drafts/{id}/rule")
	String read(@PathVariable UUID id, @RequestParam String name, HttpServletRequest request, Model model) {
		Version draft = store.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("draft", draft);
		model.addAttribute("name", name);
		model.addAttribute("text",
				guided.text(id, name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		KnowledgeBase kb = Drafts.knowledgeBase(store, id);
		RuleBook.Line line = book.line(id, name, kb, LangLocaleResolver.current(request))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("listed", line.listed());
		model.addAttribute("sentence", line.sentence());
		model.addAttribute("area", line.parts().area(kb).orElse(null));
		return VIEW_RULE;
	}

	private String page(Model model, HttpServletRequest request, UUID id, KnowledgeBase kb, String name,
			String replacing, String conclusion, List<GuidedForm.GroupRow> groups, List<FormError> problems) {
		Lang lang = LangLocaleResolver.current(request);
		Version draft = Drafts.openDraft(store, id);
		groups = GuidedForm.normalized(groups, kb);
		String chosen = conclusion.isEmpty() && request.getParameter("conclusion") != null
				? request.getParameter("conclusion") : conclusion;
		model.addAttribute("draft", draft);
		model.addAttribute("name", name);
		model.addAttribute("replacing", replacing);
		model.addAttribute("conclusion", chosen);
		model
			.addAttribute("groups",
					groups.stream()
						.map(g -> new GroupView(g.join(), g.negate(), g.rows()
							.stream()
							.map(r -> new RowView(r, GuidedForm.operators(r.subject(), kb),
									GuidedForm.options(r.subject(), kb, lang), GuidedForm.numeric(r.subject(), kb)))
							.toList()))
						.toList());
		model.addAttribute("problems", problems);
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
		model.addAttribute("levels", GuidedRules.LEVELS);
		model.addAttribute("areas", kb.areas().stream().map(a -> new Choice(a.id(), a.title().get(lang))).toList());
		model.addAttribute("heuristics", SourceChoices.heuristics(kb, lang));
		model.addAttribute("questionTypes", questionTypes(kb));
		String drl = GuidedForm.preview(kb, name, conclusion, groups);
		model.addAttribute("drl", drl);
		// the sentence comes from the same description as the DRL beside it
		model.addAttribute("sentence", drl == null ? null
				: book.words(RuleWords.sentence(GuidedForm.toRule(name, conclusion, groups).sentence(), kb), lang));
		if (!model.containsAttribute("conclusionForm")) {
			model.addAttribute("conclusionForm", ConclusionForm.EMPTY);
		}
		return VIEW;
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

}
