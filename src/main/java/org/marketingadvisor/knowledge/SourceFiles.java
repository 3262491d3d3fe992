package org.marketingadvisor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the content folders ({@code rules/}, {@code knowledge-base/}) from disk, so a
 * consultant's change needs no rebuild. When the folder does not exist (the executable
 * jar started outside the project), the copy bundled into the jar under
 * {@code advisor-content/} is read instead.
 */
public final class SourceFiles {

	/** Where the build bundles the content folders inside the jar. */
	public static final String BUNDLED_ROOT = "advisor-content/";

	private SourceFiles() {
	}

	/** Whether {@link #read} will use the folder on disk rather than the bundled copy. */
	public static boolean onDisk(Path dir) {
		return Files.isDirectory(dir);
	}

	/**
	 * All files under {@code dir} (or under the bundled folder of the same name) whose
	 * relative path the filter accepts, sorted by path.
	 */
	public static List<SourceFile> read(Path dir, Predicate<String> include) {
		List<SourceFile> files = onDisk(dir) ? readDirectory(dir, include)
				: readBundled(dir.getFileName().toString(), include);
		files.sort(Comparator.comparing(SourceFile::path));
		return files;
	}

	private static List<SourceFile> readDirectory(Path dir, Predicate<String> include) {
		List<SourceFile> files = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
				String relative = dir.relativize(p).toString().replace('\\', '/');
				if (include.test(relative)) {
					files.add(new SourceFile(relative, Files.readAllBytes(p)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + dir.toAbsolutePath(), ex);
		}
		return files;
	}

	private static List<SourceFile> readBundled(String folder, Predicate<String> include) {
		String root = BUNDLED_ROOT + folder + "/";
		List<SourceFile> files = new ArrayList<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + root + "**/*");
			for (Resource resource : resources) {
				if (!resource.isReadable()) {
					continue;
				}
				String url = resource.getURL().toString();
				int at = url.lastIndexOf(root);
				String relative = url.substring(at + root.length());
				if (relative.isEmpty() || relative.endsWith("/") || !include.test(relative)) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					files.add(new SourceFile(relative, in.readAllBytes()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read bundled " + root, ex);
		}
		return files;
	}

}
