package org.marketingadvisor.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.ruleset.RuleSetVersions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a consultant waits for when creating a draft, saving a guided rule and saving a
 * scenario: the POST and the draft page it leads to, timed over MockMvc on the whole
 * application. Not part of the suite (the name ends in neither Tests nor IT); run it on
 * its own, with the normal JIT:
 *
 * <pre>
 * mvn -o test -Dtest=AuthoringTimings -DargLine= -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * It prints the median and the slowest of {@link #ROUNDS} rounds after {@link #WARM_UP}
 * warm-up rounds.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthoringTimings {

	static final int WARM_UP = 3;

	static final int ROUNDS = 10;

	@Autowired
	MockMvc mvc;

	@Autowired
	RuleSetVersions versions;

	@Test
	void draftCreationAndGuidedSaves() throws Exception {
		List<Long> create = new ArrayList<>();
		List<Long> createPage = new ArrayList<>();
		List<Long> save = new ArrayList<>();
		List<Long> savePage = new ArrayList<>();
		List<Long> background = new ArrayList<>();
		List<Long> scenario = new ArrayList<>();
		List<Long> scenarioPage = new ArrayList<>();
		for (int round = 0; round < WARM_UP + ROUNDS; round++) {
			long t0 = System.nanoTime();
			String location = mvc.perform(post("/consultant/rules/drafts").with(consultant()).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			long t1 = System.nanoTime();
			mvc.perform(get(location).with(consultant())).andExpect(status().isOk());
			long t2 = System.nanoTime();
			UUID draft = UUID.fromString(location.replaceAll(".*/", "").replaceAll("[#?].*", ""));
			String saved = mvc
				.perform(post("/consultant/rules/drafts/" + draft + "/guided").param("action", "save")
					.param("name", "Timing: referral hiring " + round)
					.param("g0.join", "all")
					.param("g0.c0.subject", "q:hiring.methods")
					.param("g0.c0.op", "any-of")
					.param("g0.c0.values", "referral")
					.param("g0.c1.subject", "f:finding.no-marketer-profile")
					.param("g0.c1.op", "present")
					.param("conclusion", "recommendation:rec.select-with-test-task")
					.with(consultant())
					.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			long t3 = System.nanoTime();
			mvc.perform(get(saved).with(consultant())).andExpect(status().isOk());
			long t4 = System.nanoTime();
			versions.awaitChecks();
			long t5 = System.nanoTime();
			// a scenario saved in the same draft, and the scenarios table it leads to
			String table = mvc
				.perform(post("/consultant/rules/drafts/" + draft + "/scenarios/save").param("id", "timing-" + round)
					.param("name", "Timing " + round)
					.param("base", "well-run-company")
					.param("q0", "hiring.profile")
					.param("v0", "no")
					.param("t0", "hiring.profile")
					.with(consultant())
					.with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			long t6 = System.nanoTime();
			mvc.perform(get(table.replaceAll("#.*", "")).with(consultant())).andExpect(status().isOk());
			long t7 = System.nanoTime();
			versions.awaitChecks();
			assertThat(saved).contains(draft.toString());
			if (round == 0) {
				System.out.printf(
						"TIMING first round after start-up: new draft %.1f ms + its page %.1f ms; "
								+ "guided save %.1f ms + the draft page %.1f ms; background check done %.1f ms later%n",
						(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6);
			}
			if (round >= WARM_UP) {
				create.add(t1 - t0);
				createPage.add(t2 - t1);
				save.add(t3 - t2);
				savePage.add(t4 - t3);
				background.add(t5 - t2);
				scenario.add(t6 - t5);
				scenarioPage.add(t7 - t6);
			}
		}
		print("new draft: POST", create);
		print("new draft: its page", createPage);
		print("guided rule saved: POST", save);
		print("guided rule saved: the draft page", savePage);
		print("guided save to its full check done", background);
		print("scenario saved: POST", scenario);
		print("scenario saved: the scenarios table", scenarioPage);
	}

	private static void print(String what, List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		System.out.printf("TIMING %-40s median %7.1f ms, min %7.1f ms, max %7.1f ms (%d rounds)%n", what,
				sorted.get(sorted.size() / 2) / 1e6, sorted.get(0) / 1e6, sorted.get(sorted.size() - 1) / 1e6,
				sorted.size());
	}

	private static RequestPostProcessor consultant() {
		return user("timing").roles("CONSULTANT");
	}

}
