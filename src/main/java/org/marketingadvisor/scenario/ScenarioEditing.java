package org.marketingadvisor.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerError;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.Drafts;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.scenario.ScenarioForm.Expectations;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.marketingadvisor.web.FormError;
import org.marketingadvisor.web.Messages;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writing, deleting and restoring the scenarios consultants wrote: a new id that is taken
 * is an error on the id field (never a second scenario with it), an edit replaces its
 * scenario in place, answers must be answers a real owner could give, and a scenario
 * another one starts from is not deleted from under it.
 */
@Service
class ScenarioEditing {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final VersionStore store;

	private final ScenarioAuthoring authoring;

	private final DraftRuleSets ruleSets;

	private final Messages messages;

	ScenarioEditing(VersionStore store, ScenarioAuthoring authoring, DraftRuleSets ruleSets, Messages messages) {
		this.store = store;
		this.authoring = authoring;
		this.ruleSets = ruleSets;
		this.messages = messages;
	}

	/**
	 * What was written (the scenario's id), or what was wrong: by field ({@code id},
	 * {@code name}, {@code base}, {@code row3}...) and for the whole form.
	 */
	record Saved(String id, Map<String, List<FormError>> fieldErrors, List<FormError> errors) {

		boolean done() {
			return id != null;
		}

		static Saved done(String id) {
			return new Saved(id, Map.of(), List.of());
		}

		static Saved refused(String key, Object... args) {
			return new Saved(null, Map.of(), List.of(FormError.of(key, args)));
		}

	}

	Saved save(UUID draft, ScenarioForm form, Lang lang) {
		Drafts.openDraft(store, draft);
		Content content = store.content(draft);
		RuleSet ruleSet = ruleSets.build(content);
		KnowledgeBase kb = ruleSet.knowledgeBase();
		BrowserScenarios file = authoring.file(draft);
		Map<String, List<FormError>> fields = new LinkedHashMap<>();
		List<FormError> errors = new ArrayList<>();
		Set<String> taken = ScenarioIds.taken(content);
		String id;
		Optional<Map<String, Object>> edited = form.isNew() ? Optional.empty() : file.entry(form.editing());
		if (!form.isNew()) {
			if (edited.isEmpty()) {
				return Saved.refused("scenarios.error.gone");
			}
			id = form.editing();
		}
		else if (form.id().isBlank()) {
			id = ScenarioIds.free(BrowserScenarios.PREFIX + ScenarioIds.fromName(form.name()), taken);
		}
		else {
			String suffix = form.id().startsWith(BrowserScenarios.PREFIX)
					? form.id().substring(BrowserScenarios.PREFIX.length()) : form.id();
			id = BrowserScenarios.PREFIX + suffix;
			if (!suffix.matches(Drafts.ID_PATTERN)) {
				add(fields, "id", FormError.of("scenarios.error.id"));
			}
			else if (taken.contains(id)) {
				add(fields, "id", FormError.of("scenarios.error.exists", id));
			}
		}
		if (form.name().isBlank() && form.id().isBlank() && form.isNew()) {
			// the id is made from the name
			add(fields, "name", FormError.of("scenarios.error.name"));
		}
		List<LoadedScenario> loaded;
		try {
			loaded = ScenarioLoader.load(content.scenarioFiles());
		}
		catch (ScenarioLoader.InvalidScenarios ex) {
			return new Saved(null, fields, FormError.problems(ex.problems()));
		}
		if (!form.base().isBlank() && !baseFits(form.base(), id, loaded)) {
			add(fields, "base", FormError.of("scenarios.error.base"));
		}
		ScenarioAnswers answers = new ScenarioAnswers(kb, lang, messages);
		ScenarioAnswers.Bound bound = answers.bind(form.rows());
		bound.rowErrors().forEach((row, e) -> fields.put("row" + row, e));
		unknown(fields, "expect", form.expect(), kb, ruleSet);
		unknown(fields, "absent", form.absent(), kb, ruleSet);
		if (!fields.isEmpty()) {
			return new Saved(null, fields, errors);
		}
		Map<String, Object> entry = ScenarioEntries.entry(id, form, name(id, form, edited, loaded, lang),
				bound.answers(), edited.or(() -> source(form.from(), loaded)));
		BrowserScenarios updated = file.with(entry);
		Content after = content.with(BrowserScenarios.FILE, updated.text());
		LoadedScenario written;
		try {
			written = ScenarioLoader.load(after.scenarioFiles())
				.stream()
				.filter(s -> s.scenario().id().equals(id))
				.findFirst()
				.orElseThrow();
		}
		catch (ScenarioLoader.InvalidScenarios ex) {
			return new Saved(null, fields, FormError.problems(ex.problems()));
		}
		AnswerValidator.Result valid = new AnswerValidator(kb, lang).validate(JSON.valueToTree(written.answers()));
		for (AnswerError e : valid.errors()) {
			FormError error = new FormError(e.code(), e.args());
			int row = rowOf(form, e.field());
			if (row < 0) {
				errors.add(error);
			}
			else {
				add(fields, "row" + row, error);
			}
		}
		if (!fields.isEmpty() || !errors.isEmpty()) {
			return new Saved(null, fields, errors);
		}
		authoring.write(draft, updated);
		return Saved.done(id);
	}

	/**
	 * Deletes a scenario of the browser's file; returns its entry (for the restore
	 * button), or the refusal: none such, or another scenario starts from it.
	 */
	Deleted delete(UUID draft, String id, Lang lang) {
		Drafts.openDraft(store, draft);
		BrowserScenarios file = authoring.file(draft);
		Optional<Map<String, Object>> entry = file.entry(id);
		if (entry.isEmpty()) {
			return new Deleted(null, List.of(), "scenarios.error.gone");
		}
		List<String> users = ScenarioLoader.load(store.content(draft).scenarioFiles())
			.stream()
			.map(LoadedScenario::scenario)
			.filter(s -> id.equals(s.base()))
			.map(s -> ScenarioViews.name(s, lang))
			.toList();
		if (!users.isEmpty()) {
			return new Deleted(null, users, "scenarios.error.used");
		}
		authoring.write(draft, file.without(id));
		return new Deleted(BrowserScenarios.entryText(entry.get()), List.of(), null);
	}

	/** A deleted scenario's entry, or why it was not deleted. */
	record Deleted(String entry, List<String> usedBy, String refusal) {
	}

	/** Puts a deleted scenario back, unless its id was taken meanwhile. */
	Saved restore(UUID draft, String entryText) {
		Drafts.openDraft(store, draft);
		Optional<Map<String, Object>> entry = BrowserScenarios.entryFrom(entryText);
		if (entry.isEmpty() || !String.valueOf(entry.get().get("id")).startsWith(BrowserScenarios.PREFIX)) {
			return Saved.refused("scenarios.error.restore");
		}
		String id = String.valueOf(entry.get().get("id"));
		if (ScenarioIds.taken(store.content(draft)).contains(id)) {
			return Saved.refused("scenarios.error.exists", id);
		}
		authoring.write(draft, authoring.file(draft).with(entry.get()));
		return Saved.done(id);
	}

	/**
	 * The name to write. An edit on a page in {@code lang} changes the name's text in
	 * that language and keeps the others (a plain name becomes the text typed). A copy of
	 * a scenario named by language is named by language too: the copy prefix in each
	 * language, with the text typed in {@code lang} (what the form showed, unless the
	 * consultant changed it). Any other new scenario's name is written as one plain
	 * string, as typed: it is the consultant's text, and a string loads back as the same
	 * string, where {@code {ru: ...}} would claim a language the consultant may not have
	 * typed in. A blank name is the id, as before names had languages.
	 */
	private ScenarioText name(String id, ScenarioForm form, Optional<Map<String, Object>> edited,
			List<LoadedScenario> loaded, Lang lang) {
		ScenarioText name;
		ScenarioText old = edited.map(e -> ScenarioText.ofEntry(e.get("name"))).orElse(null);
		if (old != null) {
			name = old.isPlain() ? ScenarioText.plain(form.name()) : old.with(lang, form.name());
		}
		else {
			name = loaded.stream()
				.map(LoadedScenario::scenario)
				.filter(s -> form.isNew() && !form.from().isBlank() && s.id().equals(form.from()))
				.filter(s -> s.name() != null && !s.name().isPlain())
				.findFirst()
				.map(s -> copyName(s, messages, lang).with(lang, form.name()))
				.orElseGet(() -> ScenarioText.plain(form.name()));
		}
		return name.isBlank() ? ScenarioText.plain(id) : name;
	}

	/**
	 * A copy's name: {@code scenarios.copy-name} around the source's name, in each of its
	 * languages (around a plain name, in the language of the page).
	 */
	static ScenarioText copyName(Scenario source, Messages messages, Lang lang) {
		ScenarioText name = source.name() == null || source.name().isBlank() ? ScenarioText.plain(source.id())
				: source.name();
		return name.map((in, text) -> messages.get(in, "scenarios.copy-name", text), lang);
	}

	/** A shipped or written scenario the form copies, as its entry's fields. */
	@SuppressWarnings("unchecked")
	private static Optional<Map<String, Object>> source(String from, List<LoadedScenario> loaded) {
		return loaded.stream()
			.map(LoadedScenario::scenario)
			.filter(s -> s.id().equals(from))
			.findFirst()
			.map(s -> (Map<String, Object>) JSON.convertValue(s, LinkedHashMap.class));
	}

	/** The base exists and does not start from the scenario itself. */
	private static boolean baseFits(String base, String id, List<LoadedScenario> loaded) {
		String at = base;
		for (int depth = 0; at != null && depth < 50; depth++) {
			if (at.equals(id)) {
				return false;
			}
			String current = at;
			Optional<Scenario> s = loaded.stream()
				.map(LoadedScenario::scenario)
				.filter(l -> l.id().equals(current))
				.findFirst();
			if (s.isEmpty()) {
				return depth > 0;
			}
			at = s.get().base();
		}
		return at == null;
	}

	private static void unknown(Map<String, List<FormError>> fields, String part, Expectations e, KnowledgeBase kb,
			RuleSet ruleSet) {
		boolean bad = e.findings().stream().anyMatch(f -> kb.finding(f).isEmpty())
				|| e.recommendations().stream().anyMatch(r -> kb.recommendation(r).isEmpty())
				|| e.rules().stream().anyMatch(r -> !ruleSet.ruleNames().contains(r));
		if (bad) {
			add(fields, part, FormError.of("scenarios.error.unknown"));
		}
	}

	private static int rowOf(ScenarioForm form, String question) {
		for (int i = 0; i < form.rows().size(); i++) {
			if (form.rows().get(i).question().equals(question)) {
				return i;
			}
		}
		return -1;
	}

	private static void add(Map<String, List<FormError>> fields, String field, FormError error) {
		fields.computeIfAbsent(field, f -> new ArrayList<>()).add(error);
	}

}
