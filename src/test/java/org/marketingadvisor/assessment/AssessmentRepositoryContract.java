package org.marketingadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the assessment table must do, on whatever database the subclass runs it against
 * (H2 and a real PostgreSQL server): the Flyway schema matches the entity, drafts
 * round-trip, tokens are unique, and a submitted assessment can neither change through
 * the entity nor be stored half-finished.
 */
abstract class AssessmentRepositoryContract {

	private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

	@Autowired
	AssessmentRepository repository;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void draftRoundTripsWithItsAnswersAndSection() {
		Assessment draft = Assessment.draft(Tokens.newToken(), "uk", "Acme", T0);
		draft.saveDraft("{\"kpi.defined\":true}", "goals", "en", T0.plus(5, ChronoUnit.MINUTES));
		repository.saveAndFlush(draft);

		Assessment loaded = repository.findByToken(draft.getToken()).orElseThrow();
		assertThat(loaded.getAnswers()).isEqualTo("{\"kpi.defined\":true}");
		assertThat(loaded.getCurrentSection()).isEqualTo("goals");
		assertThat(loaded.getLang()).isEqualTo("en");
		assertThat(loaded.getCompanyLabel()).isEqualTo("Acme");
		assertThat(loaded.getStartedAt()).isEqualTo(T0);
		assertThat(loaded.getLastSavedAt()).isEqualTo(T0.plus(5, ChronoUnit.MINUTES));
		assertThat(loaded.isSubmitted()).isFalse();
	}

	@Test
	void submittedAssessmentKeepsResultAndVersionAndRefusesChanges() {
		Assessment a = Assessment.draft(Tokens.newToken(), "ru", null, T0);
		a.submit("{\"kpi.defined\":false}", "{\"findings\":[]}", "abc123", "ru", T0.plusSeconds(60));
		repository.saveAndFlush(a);

		Assessment loaded = repository.findByToken(a.getToken()).orElseThrow();
		assertThat(loaded.isSubmitted()).isTrue();
		assertThat(loaded.getResult()).isEqualTo("{\"findings\":[]}");
		assertThat(loaded.getRulesetVersion()).isEqualTo("abc123");
		assertThat(loaded.getSubmittedAt()).isEqualTo(T0.plusSeconds(60));
		assertThatThrownBy(() -> loaded.saveDraft("{}", null, "ru", T0))
			.isInstanceOf(AssessmentSubmittedException.class);
		assertThatThrownBy(() -> loaded.submit("{}", "{}", "x", "ru", T0))
			.isInstanceOf(AssessmentSubmittedException.class);
	}

	@Test
	void tokensAreUnique() {
		String token = Tokens.newToken();
		repository.saveAndFlush(Assessment.draft(token, "ru", null, T0));
		assertThatThrownBy(() -> repository.saveAndFlush(Assessment.draft(token, "ru", null, T0)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void databaseRefusesASubmissionWithoutResult() {
		Assessment a = repository.saveAndFlush(Assessment.draft(Tokens.newToken(), "ru", null, T0));
		assertThatThrownBy(() -> jdbc.update("UPDATE assessment SET status = 'SUBMITTED' WHERE id = ?", a.getId()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void tokensCarryAtLeast128RandomBits() {
		String token = Tokens.newToken();
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		assertThat(Tokens.newToken()).isNotEqualTo(token);
	}

}
