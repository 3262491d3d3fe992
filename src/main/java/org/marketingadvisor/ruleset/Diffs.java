package org.marketingadvisor.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/** Per-file differences between two versions' content, as unified-diff hunks. */
public final class Diffs {

	static final int CONTEXT = 3;

	private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@.*");

	/** How a file changed. */
	public enum Change {

		ADDED, REMOVED, CHANGED

	}

	/** One line of a hunk: {@code kind} is context, added, removed or hunk (a header). */
	public record Line(String kind, Integer oldNumber, Integer newNumber, String text) {
	}

	/** What changed in one file. */
	public record FileDiff(String path, Change change, int added, int removed, List<Line> lines) {

		public String anchor() {
			return "file-" + path.replaceAll("[^A-Za-z0-9]+", "-");
		}

	}

	private Diffs() {
	}

	/** The changed files only, by path. */
	public static List<FileDiff> between(Content from, Content to) {
		Set<String> paths = new TreeSet<>(from.files().keySet());
		paths.addAll(to.files().keySet());
		List<FileDiff> diffs = new ArrayList<>();
		for (String path : paths) {
			String a = from.files().get(path);
			String b = to.files().get(path);
			if (a != null && a.equals(b)) {
				continue;
			}
			Change change = a == null ? Change.ADDED : b == null ? Change.REMOVED : Change.CHANGED;
			diffs.add(file(path, change, lines(a), lines(b)));
		}
		return diffs;
	}

	private static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
	}

	private static FileDiff file(String path, Change change, List<String> a, List<String> b) {
		Patch<String> patch = DiffUtils.diff(a, b);
		List<String> unified = UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a, patch, CONTEXT);
		List<Line> lines = new ArrayList<>();
		int oldNo = 0;
		int newNo = 0;
		int added = 0;
		int removed = 0;
		for (String u : unified) {
			if (u.startsWith("---") || u.startsWith("+++")) {
				continue;
			}
			Matcher m = HUNK.matcher(u);
			if (m.matches()) {
				oldNo = Integer.parseInt(m.group(1));
				newNo = Integer.parseInt(m.group(2));
				lines.add(new Line("hunk", null, null, u));
			}
			else if (u.startsWith("+")) {
				lines.add(new Line("added", null, newNo++, u.substring(1)));
				added++;
			}
			else if (u.startsWith("-")) {
				lines.add(new Line("removed", oldNo++, null, u.substring(1)));
				removed++;
			}
			else {
				lines.add(new Line("context", oldNo++, newNo++, u.isEmpty() ? "" : u.substring(1)));
			}
		}
		return new FileDiff(path, change, added, removed, lines);
	}

}
