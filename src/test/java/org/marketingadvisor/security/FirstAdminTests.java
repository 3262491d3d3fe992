package org.marketingadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marketingadvisor.AdvisorApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first admin, on real application starts over one database: a one-time password
 * written once to the log when no password is given, the environment's password when it
 * is, and a clear refusal to start with a password too short.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

	private static final Pattern ONE_TIME = Pattern.compile("one-time password (\\S+) \\.");

	private static ConfigurableApplicationContext start(String database, String adminPassword, String... more) {
		// as arguments: they outrank the test configuration, as an operator's settings
		// would
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database,
				"--advisor.security.admin-password=" + (adminPassword == null ? "" : adminPassword)));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(AdvisorApplication.class).run(args.toArray(String[]::new));
	}

	private static String database() {
		return "jdbc:h2:mem:first-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
	}

	private static boolean signsIn(ConfigurableApplicationContext app, String password) {
		String hash = app.getBean(Accounts.class).loadUserByUsername("admin").getPassword();
		return app.getBean(PasswordEncoder.class).matches(password, hash);
	}

	@Test
	void withoutAPasswordAOneTimePasswordIsLoggedOnceAtTheFirstStart(CapturedOutput output) {
		String database = database();
		try (ConfigurableApplicationContext app = start(database, null)) {
			Matcher m = ONE_TIME.matcher(output.getOut());
			assertThat(m.find()).as("the one-time password in the log").isTrue();
			assertThat(m.group(1)).hasSize(20);
			assertThat(signsIn(app, m.group(1))).isTrue();
		}
		int printed = output.getOut().split("one-time password", -1).length - 1;
		try (ConfigurableApplicationContext again = start(database, null)) {
			assertThat(output.getOut().split("one-time password", -1).length - 1).as("not printed again")
				.isEqualTo(printed);
			assertThat(again.getBean(Accounts.class).all()).hasSize(1);
		}
	}

	@Test
	void theOneTimePasswordMustBeChangedAndARestartReplacesItOnceItRanOut(CapturedOutput output, @TempDir Path folder) {
		// a file database, as in use: an in-memory one kept open across two contexts in
		// one JVM confuses H2 about an ALTERed table's constraints
		String database = "jdbc:h2:file:" + folder.resolve("advisor").toAbsolutePath();
		String first;
		try (ConfigurableApplicationContext app = start(database, null,
				"--advisor.security.one-time-password-validity=PT0S")) {
			Matcher m = ONE_TIME.matcher(output.getOut());
			assertThat(m.find()).isTrue();
			first = m.group(1);
			Account admin = app.getBean(Accounts.class).all().get(0);
			assertThat(admin.isMustChangePassword()).isTrue();
			assertThat(admin.getPasswordExpiresAt()).isNotNull();
			assertThat(app.getBean(Accounts.class).loadUserByUsername("admin").getAuthorities())
				.extracting(a -> a.getAuthority())
				.contains(Accounts.MUST_CHANGE_PASSWORD, "ROLE_ADMIN");
			// valid for no time at all: it has already run out
			assertThat(app.getBean(Accounts.class).loadUserByUsername("admin").isCredentialsNonExpired()).isFalse();
		}
		try (ConfigurableApplicationContext again = start(database, null)) {
			Matcher m = ONE_TIME.matcher(output.getOut());
			List<String> printed = new ArrayList<>();
			while (m.find()) {
				printed.add(m.group(1));
			}
			assertThat(printed).hasSize(2);
			String second = printed.get(1);
			assertThat(second).isNotEqualTo(first);
			assertThat(signsIn(again, first)).isFalse();
			assertThat(signsIn(again, second)).isTrue();
			assertThat(again.getBean(Accounts.class).loadUserByUsername("admin").isCredentialsNonExpired()).isTrue();
			assertThat(again.getBean(Accounts.class).all()).hasSize(1).allMatch(Account::isMustChangePassword);
		}
	}

	@Test
	void thePasswordFromTheEnvironmentIsUsedAndNeverLogged(CapturedOutput output) {
		try (ConfigurableApplicationContext app = start(database(), "set by the operator")) {
			assertThat(signsIn(app, "set by the operator")).isTrue();
			assertThat(output.getOut()).doesNotContain("set by the operator").doesNotContain("one-time password");
		}
	}

	@Test
	void aTooShortPasswordStopsTheStartWithAClearMessage() {
		assertThatThrownBy(() -> start(database(), "short").close())
			.hasStackTraceContaining("ADVISOR_ADMIN_PASSWORD must have at least 12 characters");
	}

}
