package org.marketingadvisor;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The executable jar prepared for quick starts with class data sharing, as Spring Boot
 * documents it: extracted ({@code -Djarmode=tools extract}) and trained once
 * ({@code -XX:ArchiveClassesAtExit} with {@code -Dspring.context.exit=onRefresh}), so
 * every later start maps the application's classes from the archive instead of loading
 * and verifying them again (on a 2-core machine about 18 s to 6 s a start).
 *
 * <p>
 * Prepared once per built jar, next to it ({@code target/app-cds/}), under a file lock,
 * since two test JVMs may ask at once; kept while the jar's size and time are those it
 * was made from. Anything that goes wrong leaves the plain jar in use: the archive only
 * makes starts quicker, it never decides whether a test passes.
 */
final class AppCds {

	private AppCds() {
	}

	/** The extracted jar and its archive. */
	record Prepared(Path jar, Path archive) {

		/** The JVM options that start {@link #jar} from the archive. */
		List<String> options() {
			return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
		}

	}

	/** The prepared form of {@code jar}, made now if needed; empty when it cannot be. */
	static synchronized Optional<Prepared> of(Path jar, List<String> jvmOptions) {
		Path dir = jar.resolveSibling("app-cds");
		Path extracted = dir.resolve("app");
		Prepared prepared = new Prepared(extracted.resolve(jar.getFileName()), dir.resolve("app.jsa"));
		try {
			Files.createDirectories(dir);
			String stamp = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
			Path stampFile = dir.resolve("stamp");
			try (FileChannel channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				if (Files.exists(prepared.archive()) && Files.exists(stampFile)
						&& Files.readString(stampFile).equals(stamp)) {
					return Optional.of(prepared);
				}
				Files.deleteIfExists(stampFile);
				delete(extracted);
				Files.deleteIfExists(prepared.archive());
				run(List.of(AppProcess.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
						extracted.toString()), dir);
				List<String> training = new ArrayList<>();
				training.add(AppProcess.java());
				training.addAll(jvmOptions);
				training.addAll(List.of("-XX:ArchiveClassesAtExit=" + prepared.archive(),
						"-Dspring.context.exit=onRefresh", "-jar", prepared.jar().toString(), "--server.port=0",
						"--spring.datasource.url=jdbc:h2:mem:cds-training"));
				Path work = Files.createTempDirectory("advisor-cds");
				run(training, work);
				delete(work);
				if (!Files.exists(prepared.archive())) {
					return Optional.empty();
				}
				Files.writeString(stampFile, stamp);
				return Optional.of(prepared);
			}
		}
		catch (IOException | InterruptedException | IllegalStateException ex) {
			System.err.println("class data sharing not prepared, the plain jar is used: " + ex);
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			return Optional.empty();
		}
	}

	private static void run(List<String> command, Path workDir) throws IOException, InterruptedException {
		Path log = Files.createTempFile("advisor-cds", ".log");
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("timed out: " + String.join(" ", command));
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(
					"exit " + process.exitValue() + ": " + String.join(" ", command) + "\n" + Files.readString(log));
		}
		Files.deleteIfExists(log);
	}

	private static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

}
