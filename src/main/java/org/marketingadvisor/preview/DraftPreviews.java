package org.marketingadvisor.preview;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerError;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.marketingadvisor.report.ReportPreviews;
import org.marketingadvisor.report.ReportView;
import org.marketingadvisor.ruleset.Content;
import org.marketingadvisor.ruleset.VersionStore;
import org.marketingadvisor.ruleset.VersionStore.Version;
import org.marketingadvisor.scenario.ScenarioLoader;
import org.marketingadvisor.scenario.ScenarioLoader.LoadedScenario;
import org.marketingadvisor.web.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A draft as a preview uses it: its rule set built from its own files (kept while its
 * content is unchanged), its base companies, and its report for a set of answers beside
 * the live version's report for the same answers, with what differs. Reads only; writes
 * nothing anywhere.
 */
@Service
class DraftPreviews {

	/** Where the whole-company scenarios are, under {@code rules/}. */
	static final String COMPANIES = "rules/scenarios/companies/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final VersionStore store;

	private final RuleEngine engine;

	private final ReportPreviews reports;

	private final Messages messages;

	private final Clock clock;

	/** Rule sets of drafts being previewed, by content hash; a few at most. */
	private final Map<String, RuleSet> built = Collections.synchronizedMap(new LinkedHashMap<>(4, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, RuleSet> eldest) {
			return size() > 3;
		}
	});

	DraftPreviews(VersionStore store, RuleEngine engine, ReportPreviews reports, Messages messages, Clock clock) {
		this.store = store;
		this.engine = engine;
		this.reports = reports;
		this.messages = messages;
		this.clock = clock;
	}

	/** An open draft with its content and the rule set built from it. */
	record Draft(Version version, Content content, RuleSet ruleSet) {

		KnowledgeBase kb() {
			return ruleSet.knowledgeBase();
		}

	}

	/**
	 * One report of a comparison: null when that rule set cannot take the answers (then
	 * {@code errors} says why).
	 */
	record Side(ReportView report, String chart, List<String> errors) {
	}

	/** The draft's report and the live one for the same answers, and what differs. */
	record Comparison(Side draft, Side live, Changes changes) {
	}

	/**
	 * The open draft with this id; 404 when there is none, 409 when it does not build.
	 */
	Draft open(UUID id) {
		Version version = store.byId(id)
			.filter(Version::draft)
			.orElseThrow(() -> new PreviewRefused(HttpStatus.NOT_FOUND, PreviewViews.NO_DRAFT));
		Content content = store.content(id);
		RuleSet ruleSet = built.get(content.hash());
		if (ruleSet == null) {
			try {
				ruleSet = content.build(1);
			}
			catch (RuntimeException ex) {
				throw new PreviewRefused(HttpStatus.CONFLICT, "preview.error.broken");
			}
			built.put(content.hash(), ruleSet);
		}
		return new Draft(version, content, ruleSet);
	}

	/** The draft's whole-company scenarios, by id, with their answers. */
	Map<String, Map<String, Object>> companies(Draft draft) {
		try {
			Map<String, Map<String, Object>> companies = new LinkedHashMap<>();
			for (LoadedScenario s : ScenarioLoader.load(draft.content().scenarioFiles())) {
				if (s.file().startsWith(COMPANIES)) {
					companies.put(s.scenario().id(), s.answers());
				}
			}
			return companies;
		}
		catch (ScenarioLoader.InvalidScenarios ex) {
			throw new PreviewRefused(HttpStatus.CONFLICT, "preview.error.scenarios");
		}
	}

	/**
	 * The draft's whole-company scenarios' names in the language, by id (the id where a
	 * scenario has no name).
	 */
	Map<String, String> companyNames(Draft draft, Lang lang) {
		try {
			Map<String, String> names = new LinkedHashMap<>();
			for (LoadedScenario s : ScenarioLoader.load(draft.content().scenarioFiles())) {
				if (s.file().startsWith(COMPANIES)) {
					var name = s.scenario().name();
					names.put(s.scenario().id(), name == null || name.isBlank() ? s.scenario().id() : name.in(lang));
				}
			}
			return names;
		}
		catch (ScenarioLoader.InvalidScenarios ex) {
			throw new PreviewRefused(HttpStatus.CONFLICT, "preview.error.scenarios");
		}
	}

	Optional<JsonNode> company(Draft draft, String id) {
		return Optional.ofNullable(companies(draft).get(id)).map(JSON::valueToTree);
	}

	/**
	 * Both reports for these answers; 422 with the reasons when the draft's questionnaire
	 * does not take them.
	 */
	Comparison compare(Draft draft, JsonNode answers, Lang lang, String label) {
		Side mine = side(draft.ruleSet(), answers, lang, label);
		if (mine.report() == null) {
			throw new PreviewRefused(HttpStatus.UNPROCESSABLE_CONTENT, "preview.error.answers").with(mine.errors());
		}
		Side live = side(engine.current(), answers, lang, label);
		return new Comparison(mine, live, live.report() == null ? null : Changes.between(live.report(), mine.report()));
	}

	/** The draft's questionnaire's problems with these answers, in words. */
	List<String> problems(KnowledgeBase kb, List<AnswerError> errors, Lang lang) {
		return errors.stream()
			.map(e -> kb.question(e.field()).map(q -> q.text().get(lang) + ": ").orElse("")
					+ messages.get(lang, e.code(), e.args().toArray()))
			.toList();
	}

	/**
	 * One rule set's report. Answers to questions it does not have (a question one of the
	 * versions added or removed) are left out, as its questionnaire would never have
	 * asked them; so are answers its show conditions hide.
	 */
	private Side side(RuleSet ruleSet, JsonNode raw, Lang lang, String label) {
		KnowledgeBase kb = ruleSet.knowledgeBase();
		AnswerValidator validator = new AnswerValidator(kb, lang);
		ObjectNode asked = JSON.createObjectNode();
		raw.properties().forEach(e -> {
			if (kb.question(e.getKey()).isPresent()) {
				asked.set(e.getKey(), e.getValue());
			}
		});
		AnswerValidator.Result answers = validator.validate(validator.withoutHidden(asked));
		if (!answers.valid()) {
			return new Side(null, null, problems(kb, answers.errors(), lang));
		}
		Evaluation evaluation = ruleSet.evaluate(answers.answers());
		ReportView report = reports.of(evaluation, answers.answers(), kb, lang, label, clock.instant());
		return new Side(report, reports.chart(report, lang), List.of());
	}

}
