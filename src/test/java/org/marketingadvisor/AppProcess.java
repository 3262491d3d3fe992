package org.marketingadvisor;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code java -jar}) as a separate process on a free loopback
 * port, for tests and benchmarks that must see it as a user does: killed with SIGKILL,
 * restarted on the same data, loaded from another JVM.
 */
public final class AppProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final URI base;

	private AppProcess(Process process, Path log, URI base) {
		this.process = process;
		this.log = log;
		this.base = base;
	}

	/** The executable jar: {@code advisor.jar} (set by failsafe) or the default path. */
	public static Path jar() {
		return Path.of(System.getProperty("advisor.jar", "target/marketing-advisor-0.1.0-SNAPSHOT.jar"))
			.toAbsolutePath();
	}

	/**
	 * {@code java [options] -jar jar}: the options come from
	 * {@code advisor.jar.jvm-options}, which failsafe sets so that the integration tests'
	 * many short-lived app processes start on the quick (C1) compiler; a benchmark, run
	 * without it, gets the JVM's full optimising compiler as in production.
	 */
	public static List<String> javaJar(Path jar) {
		return launch(jar, List.of());
	}

	/** {@code java [options] [extra] -jar jar}. */
	private static List<String> launch(Path jar, List<String> extra) {
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(jvmOptions());
		command.addAll(extra);
		command.addAll(List.of("-jar", jar.toString()));
		return command;
	}

	/** The java of the JVM running the tests. */
	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static List<String> jvmOptions() {
		List<String> options = new ArrayList<>();
		for (String option : System.getProperty("advisor.jar.jvm-options", "").trim().split("\\s+")) {
			if (!option.isEmpty()) {
				options.add(option);
			}
		}
		return options;
	}

	/**
	 * The command that starts the application: {@link #javaJar}, or, where
	 * {@code advisor.jar.cds} is true (failsafe sets it for tests that restart the
	 * application many times), the same application extracted and started from its class
	 * data archive ({@link AppCds}).
	 */
	static List<String> command(Path jar) {
		if (Boolean.getBoolean("advisor.jar.cds")) {
			Optional<AppCds.Prepared> prepared = AppCds.of(jar, jvmOptions());
			if (prepared.isPresent()) {
				return launch(prepared.get().jar(), prepared.get().options());
			}
		}
		return javaJar(jar);
	}

	/**
	 * Starts the jar in {@code workDir} on {@code port} with the given extra arguments
	 * and waits until it is healthy; its output goes to a file of its own.
	 */
	public static AppProcess start(Path workDir, int port, List<String> arguments) throws Exception {
		Path jar = jar();
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar + " does not exist: run mvn package first");
		}
		List<String> command = command(jar);
		command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
		command.addAll(arguments);
		Path log = Files.createTempFile("advisor-app", ".log");
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		// never outlive the JVM that started it, even when a benchmark or test aborts
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		AppProcess app = new AppProcess(process, log, URI.create("http://127.0.0.1:" + port));
		try {
			app.waitUntilHealthy();
		}
		catch (Exception | AssertionError ex) {
			app.kill();
			throw ex;
		}
		return app;
	}

	public URI base() {
		return base;
	}

	public URI uri(String path) {
		return base.resolve(path);
	}

	public String output() throws IOException {
		return Files.readString(log);
	}

	private void waitUntilHealthy() throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant deadline = Instant.now().plusSeconds(120);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new AssertionError("the application exited:\n" + output());
			}
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the application did not become healthy:\n" + output());
	}

	/** SIGKILL on Linux: no shutdown hook, no flush, no close of the database. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("the application did not die on SIGKILL");
		}
	}

	/** An orderly stop (SIGTERM), killed if it takes too long. */
	@Override
	public void close() throws InterruptedException {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			kill();
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
