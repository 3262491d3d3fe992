package org.marketingadvisor.bench;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.marketingadvisor.AdvisorApplication;
import org.marketingadvisor.assessment.AssessmentService;
import org.marketingadvisor.lint.AnswerSampler;
import org.marketingadvisor.impact.ImpactJob;
import org.marketingadvisor.impact.ImpactPreview;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.questionnaire.AnswerValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The impact preview over 10,000 stored assessments (random answer sets the questionnaire
 * accepts, as the linter samples them), end to end in the application: read every
 * submitted assessment from the database (embedded H2), validate its answers and evaluate
 * them with the live version and with a draft, compare, count. The draft drops the
 * owner-role findings, so a good share of the reports change.
 *
 * <p>
 * Run from the project folder:
 * {@code mvn -Pbench test-compile exec:exec -Dbench.args=ImpactPreviewBenchmark}. Setting
 * up stores the 10,000 generated assessments first (about a minute). Target: under 30 s.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class ImpactPreviewBenchmark {

	static final int ASSESSMENTS = 10_000;

	private ConfigurableApplicationContext app;

	private ImpactPreview preview;

	private UUID draft;

	@Setup(Level.Trial)
	public void setUp() {
		app = new SpringApplicationBuilder(AdvisorApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:impact-bench;DB_CLOSE_DELAY=-1", "--server.port=0",
				"--advisor.rules.disk-check-interval=1h", "--advisor.security.admin-password=benchmark-only-password",
				"--logging.level.root=WARN");
		RuleEngine engine = app.getBean(RuleEngine.class);
		AssessmentService assessments = app.getBean(AssessmentService.class);
		List<JsonNode> generated = AnswerSampler.sample(engine.knowledgeBase(), ASSESSMENTS, 7)
			.stream()
			.map(AnswerSampler.Sample::node)
			.toList();
		for (JsonNode answers : generated) {
			var valid = new AnswerValidator(engine.knowledgeBase(), Lang.RU).validate(answers);
			assessments.submitNew(Lang.RU, "Generated", answers, valid.answers(), engine.current());
		}
		RuleSetVersions versions = app.getBean(RuleSetVersions.class);
		draft = versions.newDraft("benchmark");
		versions.saveDraftFile(draft, "rules/findings/owner-role.drl", "package rules.findings;\n");
		preview = app.getBean(ImpactPreview.class);
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		app.close();
	}

	@Benchmark
	public ImpactPreview.Report preview() throws InterruptedException {
		ImpactJob job = preview.start(draft);
		while (!job.finished()) {
			Thread.sleep(5);
		}
		if (job.report() == null || job.report().total() != ASSESSMENTS) {
			throw new IllegalStateException("preview failed: " + job.problems());
		}
		System.out.printf(" [%d of %d reports change; %d ms comparing] ", job.report().changed(), job.report().total(),
				job.report().millis());
		return job.report();
	}

}
