package org.marketingadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marketingadvisor.AdvisorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default file database keeps drafts and submissions across a restart of the
 * application.
 */
class RestartTests {

	@TempDir
	Path dir;

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(AdvisorApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + dir.resolve("data/advisor"));
	}

	@Test
	void draftsAndSubmissionsSurviveARestart() {
		String draftToken;
		String submittedToken;
		try (ConfigurableApplicationContext app = start()) {
			AssessmentRepository repository = app.getBean(AssessmentRepository.class);
			Assessment draft = Assessment.draft(Tokens.newToken(), "uk", null, java.time.Instant.now());
			draft.saveDraft("{\"kpi.defined\":true}", "goals", "uk", java.time.Instant.now());
			draftToken = repository.save(draft).getToken();
			Assessment submitted = Assessment.draft(Tokens.newToken(), "en", null, java.time.Instant.now());
			submitted.submit("{}", "{\"findings\":[]}", "v1", "en", java.time.Instant.now());
			submittedToken = repository.save(submitted).getToken();
		}
		assertThat(Files.exists(dir.resolve("data/advisor.mv.db"))).isTrue();
		try (ConfigurableApplicationContext app = start()) {
			AssessmentRepository repository = app.getBean(AssessmentRepository.class);
			Assessment draft = repository.findByToken(draftToken).orElseThrow();
			assertThat(draft.getAnswers()).isEqualTo("{\"kpi.defined\":true}");
			assertThat(draft.getCurrentSection()).isEqualTo("goals");
			assertThat(repository.findByToken(submittedToken).orElseThrow().isSubmitted()).isTrue();
		}
	}

}
