package org.marketingadvisor.assessment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.marketingadvisor.engine.Answers;
import org.marketingadvisor.engine.Evaluation;
import org.marketingadvisor.engine.RuleSet;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates, saves and submits assessments; a submission stores the evaluation with its
 * rule-set version.
 */
@Service
public class AssessmentService {

	/**
	 * Answers and results are stored as JSON in a format of their own: Boot's mapper is
	 * not used, so no {@code spring.jackson.*} setting for the API changes what rows
	 * already stored are read with.
	 */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final AssessmentRepository repository;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public AssessmentService(AssessmentRepository repository, Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Evaluates valid answers and stores them, submitted at once (the integration API's
	 * path).
	 */
	@Transactional
	public Assessment submitNew(Lang lang, String companyLabel, JsonNode rawAnswers, Answers answers, RuleSet ruleSet) {
		Assessment assessment = Assessment.draft(Tokens.newToken(), lang.code(), companyLabel, clock.instant());
		Evaluation evaluation = ruleSet.evaluate(answers);
		assessment.submit(JSON.writeValueAsString(rawAnswers), JSON.writeValueAsString(evaluation),
				evaluation.rulesetVersion(), lang.code(), clock.instant());
		return submitted(assessment, evaluation);
	}

	/**
	 * Listeners run in the caller's transaction, on its connection: the row is flushed
	 * first so that what they write may refer to it.
	 */
	private Assessment submitted(Assessment assessment, Evaluation evaluation) {
		Assessment saved = repository.saveAndFlush(assessment);
		events.publishEvent(AssessmentSubmitted.of(saved, evaluation));
		return saved;
	}

	/** Starts a draft for an owner who opened the questionnaire. */
	@Transactional
	public Assessment startDraft(Lang lang, String companyLabel) {
		return repository.save(Assessment.draft(Tokens.newToken(), lang.code(), companyLabel, clock.instant()));
	}

	/**
	 * Saves a draft's answers (as given, even if not yet valid) and the page the owner is
	 * on.
	 */
	@Transactional
	public Assessment saveDraft(String token, JsonNode answers, String section, Lang lang) {
		Assessment draft = repository.findByToken(token).orElseThrow();
		draft.saveDraft(JSON.writeValueAsString(answers), section, lang.code(), clock.instant());
		return repository.save(draft);
	}

	/** Evaluates a draft's valid answers and freezes them with the result. */
	@Transactional
	public Assessment submitDraft(String token, JsonNode rawAnswers, Answers answers, RuleSet ruleSet, Lang lang) {
		Assessment draft = repository.findByToken(token).orElseThrow();
		Evaluation evaluation = ruleSet.evaluate(answers);
		draft.submit(JSON.writeValueAsString(rawAnswers), JSON.writeValueAsString(evaluation),
				evaluation.rulesetVersion(), lang.code(), clock.instant());
		return submitted(draft, evaluation);
	}

	/**
	 * Starts the diagnostic again from a submitted assessment: a new draft with the same
	 * answers and label, linked to the one it follows.
	 */
	@Transactional
	public Assessment startFollowUp(Assessment previous, Lang lang) {
		return repository.save(Assessment.followUp(previous, Tokens.newToken(), lang.code(), clock.instant()));
	}

	@Transactional(readOnly = true)
	public Optional<Assessment> findByToken(String token) {
		return token == null ? Optional.empty() : repository.findByToken(token);
	}

	@Transactional(readOnly = true)
	public Optional<Assessment> findById(UUID id) {
		return id == null ? Optional.empty() : repository.findById(id);
	}

	/**
	 * Up to {@code limit} submitted assessments' answers, in the order of their ids,
	 * after {@code after} (from the first when null): a keyset page, so reading them all
	 * costs the same per page at any size. Ids are random, so a page that starts after a
	 * random id is a random sample.
	 */
	@Transactional(readOnly = true)
	public List<SubmittedAnswers> submittedAnswersAfter(UUID after, int limit) {
		PageRequest page = PageRequest.ofSize(limit);
		return after == null ? repository.firstAnswersWithStatus(Assessment.Status.SUBMITTED, page)
				: repository.answersWithStatusAfter(Assessment.Status.SUBMITTED, after, page);
	}

	/** How many assessments are submitted. */
	@Transactional(readOnly = true)
	public long submittedCount() {
		return repository.countByStatus(Assessment.Status.SUBMITTED);
	}

	/**
	 * How many submitted assessments hold an answer to this question (their stored
	 * answers name it), counted up to {@code cap}: what the knowledge-base editor asks
	 * before a question's type may change. The answers are text, so this reads rows until
	 * {@code cap} match (at once for a question most owners answer; the whole table for
	 * one nobody answered).
	 */
	@Transactional(readOnly = true)
	public long submittedCountAnswering(String questionId, int cap) {
		// question ids are small letters, digits, dots and hyphens: nothing LIKE treats
		// specially
		return repository.countWithStatusAnswersLike(Assessment.Status.SUBMITTED.name(), "%\"" + questionId + "\"%",
				cap);
	}

	/** The ids of every submitted assessment. */
	@Transactional(readOnly = true)
	public List<UUID> submittedIds() {
		return repository.idsWithStatus(Assessment.Status.SUBMITTED);
	}

	/** The evaluation stored with a submitted assessment. */
	public Evaluation result(Assessment assessment) {
		return JSON.readValue(assessment.getResult(), Evaluation.class);
	}

	/** The stored answers, as submitted. */
	public JsonNode answers(Assessment assessment) {
		return JSON.readTree(assessment.getAnswers());
	}

}
