package org.marketingadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.engine.Evaluation;

/**
 * Runs the company corpus ({@code rules/scenarios/companies/}) against the shipped rules
 * and measures how far the conclusions are supported by the answers.
 * <p>
 * For each company, its {@code expect} lists every finding (problem or strength) and
 * recommendation that a careful reader of its answers holds to be supported; its
 * {@code absent} lists what the answers do not support.
 * <ul>
 * <li><b>Precision</b>: of all findings and recommendations that came out over the
 * corpus, the share that the company's {@code expect} lists. Anything else that came out,
 * listed in {@code absent} or not listed at all, counts as a conclusion the answers do
 * not support, so adding a rule that fires where it should not lowers precision even
 * before anyone writes an {@code absent} entry for it.</li>
 * <li><b>Recall</b>: of all findings and recommendations the {@code expect} lists, the
 * share that came out.</li>
 * </ul>
 * The test fails below 95 % on either, on any {@code absent} item that came out and on
 * any ceiling (number of recommendations, severities, priorities) a company exceeds.
 */
class CompanyCorpusTests {

	private static final String CORPUS = "rules/scenarios/companies/";

	private static List<ScenarioRunner.Result> corpus;

	@BeforeAll
	static void runCorpus() {
		ScenarioRunner runner = new ScenarioRunner(TestContent.ruleSet());
		corpus = ScenarioLoader.load(TestContent.RULES)
			.stream()
			.filter(s -> s.file().startsWith(CORPUS))
			.map(runner::run)
			.toList();
	}

	@Test
	void corpusIsPreciseAndComplete() {
		int cameOut = 0;
		int supported = 0;
		int expected = 0;
		int found = 0;
		List<String> unsupported = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (ScenarioRunner.Result r : corpus) {
			String id = r.scenario().scenario().id();
			r.failures().forEach(f -> failures.add(id + ": " + f));
			Evaluation e = r.evaluation();
			if (e == null) {
				continue;
			}
			Set<String> out = new TreeSet<>();
			e.findings().forEach(f -> out.add(f.id()));
			e.recommendations().forEach(x -> out.add(x.id()));
			Set<String> listed = new TreeSet<>(r.scenario().scenario().expect().findings());
			listed.addAll(r.scenario().scenario().expect().recommendations());
			cameOut += out.size();
			expected += listed.size();
			for (String item : out) {
				if (listed.contains(item)) {
					supported++;
				}
				else {
					unsupported.add(id + ": " + item);
				}
			}
			for (String item : listed) {
				if (out.contains(item)) {
					found++;
				}
				else {
					missing.add(id + ": " + item);
				}
			}
		}
		double precision = cameOut == 0 ? 100 : 100.0 * supported / cameOut;
		double recall = expected == 0 ? 100 : 100.0 * found / expected;
		System.out
			.println(String.format(Locale.ROOT, "Company corpus: precision %.1f %%, recall %.1f %% over %d companies",
					precision, recall, corpus.size()));
		unsupported.forEach(u -> System.out.println("  came out, not expected: " + u));
		missing.forEach(m -> System.out.println("  expected, missing: " + m));
		assertThat(failures).as("must-not items and ceilings").isEmpty();
		assertThat(precision).as("precision; came out without being expected: %s", unsupported)
			.isGreaterThanOrEqualTo(95.0);
		assertThat(recall).as("recall; expected but missing: %s", missing).isGreaterThanOrEqualTo(95.0);
	}

	@Test
	void corpusHasSixteenCompaniesEachWithMustNotItems() {
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(16);
		List<String> withoutMustNot = corpus.stream()
			.map(r -> r.scenario().scenario())
			.filter(s -> s.absent().findings().isEmpty() && s.absent().recommendations().isEmpty())
			.map(Scenario::id)
			.toList();
		assertThat(withoutMustNot).as("companies without absent findings or recommendations").isEmpty();
	}

	@Test
	void healthyCompaniesHaveACeiling() {
		assertThat(corpus.stream().filter(r -> r.scenario().scenario().maxRecommendations() != null))
			.hasSizeGreaterThanOrEqualTo(2);
	}

}
