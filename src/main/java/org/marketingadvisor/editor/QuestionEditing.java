package org.marketingadvisor.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.KnowledgeBaseLoader;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Problem;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.Section;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.web.FormError;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Questions changed in the browser: what uses a question, what a change (or a deletion)
 * does to that, and the change itself, saved with the scenario answers it needs in one
 * save of the draft. The start-up validation checks the questionnaire before anything is
 * saved.
 */
@Service
class QuestionEditing {

	static final String QUESTIONNAIRE = KnowledgeEditing.QUESTIONNAIRE;

	private final VersionStore store;

	private final RuleSetVersions versions;

	private final AssessmentService assessments;

	private final RuleEngine engine;

	QuestionEditing(VersionStore store, RuleSetVersions versions, AssessmentService assessments, RuleEngine engine) {
		this.engine = engine;
		this.store = store;
		this.versions = versions;
		this.assessments = assessments;
	}

	/**
	 * A change worked out and not yet saved: the files it writes, what it does (in
	 * order), whether it needs the consultant's confirmation.
	 */
	record Plan(Map<String, String> files, List<FormError> effects, boolean destructive) {
	}

	/** Where a question is: its section and its 1-based place there. */
	record Place(Section section, int position) {
	}

	static Place place(KnowledgeBase kb, String qid) {
		for (Section s : kb.sections()) {
			for (int i = 0; i < s.questions().size(); i++) {
				if (s.questions().get(i).id().equals(qid)) {
					return new Place(s, i + 1);
				}
			}
		}
		return null;
	}

	QuestionUsage usage(UUID draft, KnowledgeBase kb, String qid) {
		// a question the live version does not ask (new in this draft) has no stored
		// answers: no need to read the stored ones
		long stored = engine.current().knowledgeBase().question(qid).isEmpty() ? 0
				: assessments.submittedCountAnswering(qid, QuestionUsage.STORED_COUNTED + 1);
		return QuestionUsage.of(store.content(draft), kb, qid, stored);
	}

	/**
	 * The plan of a change to a question ({@code existing} null for a new one); null when
	 * the form has errors, which are in {@code errors}.
	 */
	Plan plan(UUID draft, KnowledgeBase kb, Question existing, QuestionForm form, Lang lang, Errors errors) {
		Content content = store.content(draft);
		String qid = existing == null ? form.qid() : existing.id();
		Place place = existing == null ? null : place(kb, qid);
		String sectionId = place == null ? form.section() : place.section().id();
		Section section = kb.sections().stream().filter(s -> s.id().equals(sectionId)).findFirst().orElse(null);
		if (existing == null) {
			if (section == null) {
				errors.rejectValue("section", "knowledge.question.bad-section");
			}
			if (!qid.matches("[a-z0-9-]+\\.[a-z0-9-]+")) {
				errors.rejectValue("qid", "knowledge.question.bad-id");
			}
			else if (kb.question(qid).isPresent()) {
				errors.rejectValue("qid", "question.error.id-taken");
			}
		}
		QuestionYaml yaml = new QuestionYaml(content.files().get(QUESTIONNAIRE));
		QuestionYaml.Block block = existing == null ? null : yaml.find(qid, -1, 0, Integer.MAX_VALUE);
		Map<String, Object> before = block == null ? Map.of() : yaml.read(block);
		Map<String, Object> question = QuestionBuild.build(kb, form, before, qid, errors);
		QuestionUsage usage = existing == null ? null : usage(draft, kb, qid);
		boolean typeChanged = existing != null && !existing.type().code().equals(form.type());
		if (typeChanged && usage.stored() > 0) {
			errors.rejectValue("type", "question.error.type-stored", new Object[] { usage.storedShown() }, null);
		}
		int size = section == null ? 0 : section.questions().size() + (existing == null ? 1 : 0);
		int position = size;
		if (!form.position().isEmpty()) {
			try {
				position = Integer.parseInt(form.position());
			}
			catch (NumberFormatException ex) {
				position = -1;
			}
			if (position < 1 || position > size) {
				errors.rejectValue("position", "question.error.position", new Object[] { size }, null);
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		if (block != null) {
			yaml.remove(block);
		}
		yaml.place(sectionId, position - 1, question);
		String questionnaire = yaml.text();
		Content changed = content.with(QUESTIONNAIRE, questionnaire);
		List<Problem> problems = Drafts.knowledgeBaseProblems(changed);
		for (Problem p : problems) {
			FormError error = FormError.problem(p);
			errors.reject(error.key(), error.getArguments(), p.english());
		}
		if (!problems.isEmpty()) {
			return null;
		}
		KnowledgeBase after = KnowledgeBaseLoader.load(changed.knowledgeBaseFiles());
		Question now = after.question(qid).orElseThrow();
		List<FormError> effects = new ArrayList<>();
		ScenarioAnswers scenarios = new ScenarioAnswers(changed.files());
		boolean destructive = existing != null && QuestionEffects.describe(existing, now, usage, place, position,
				typeChanged, lang, effects, scenarios);
		Object assumed = QuestionBuild.answer(now, form.scenarioAnswer());
		if (!form.scenarioAnswer().isEmpty() && assumed == null) {
			errors.rejectValue("scenarioAnswer", "question.error.scenario-answer");
			return null;
		}
		int filled = QuestionEffects.fill(changed, after, now, assumed, scenarios);
		if (filled < 0) {
			errors.rejectValue("scenarioAnswer", "question.error.scenario-needed", new Object[] { -filled }, null);
			return null;
		}
		if (filled > 0) {
			effects.add(FormError.of("question.effect.assumed", filled, QuestionEffects.label(now, assumed, lang)));
		}
		if (existing == null) {
			effects.add(0, FormError.of("question.effect.new", now.text().get(lang)));
		}
		Map<String, String> files = new LinkedHashMap<>();
		files.put(QUESTIONNAIRE, questionnaire);
		files.putAll(scenarios.changed());
		return new Plan(files, effects, destructive);
	}

	/**
	 * The plan of deleting a question, or null while rules or other questions' conditions
	 * use it (the page names each, linked, from the usage); its scenario answers go with
	 * it.
	 */
	Plan deletion(UUID draft, Question q, QuestionUsage usage) {
		if (!usage.rules().isEmpty() || !usage.dependents().isEmpty()) {
			return null;
		}
		Content content = store.content(draft);
		QuestionYaml yaml = new QuestionYaml(content.files().get(QUESTIONNAIRE));
		yaml.remove(Objects.requireNonNull(yaml.find(q.id(), -1, 0, Integer.MAX_VALUE)));
		ScenarioAnswers scenarios = new ScenarioAnswers(content.files());
		usage.scenarios().forEach(s -> scenarios.set(s.file(), s.id(), q.id(), null, true));
		List<FormError> effects = new ArrayList<>();
		effects.add(FormError.of("question.effect.deleted", q.id()));
		if (!usage.scenarios().isEmpty()) {
			effects.add(FormError.of("question.effect.scenario-answers-removed", usage.scenarios().size()));
		}
		if (usage.stored() > 0) {
			effects.add(FormError.of("question.effect.stored-kept", usage.storedShown()));
		}
		Map<String, String> files = new LinkedHashMap<>();
		files.put(QUESTIONNAIRE, yaml.text());
		files.putAll(scenarios.changed());
		return new Plan(files, effects, true);
	}

	/** Saves a plan in the draft; returns the draft's problems after it. */
	List<Problem> apply(UUID draft, Plan plan) {
		return versions.saveDraftFiles(draft, plan.files());
	}

}
