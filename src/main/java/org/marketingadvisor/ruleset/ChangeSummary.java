package org.marketingadvisor.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Which files were added, changed or removed between two contents, in a few words. */
final class ChangeSummary {

	private ChangeSummary() {
	}

	static String between(Content from, Content to) {
		Set<String> paths = new TreeSet<>(from.files().keySet());
		paths.addAll(to.files().keySet());
		List<String> changes = new ArrayList<>();
		for (String path : paths) {
			String a = from.files().get(path);
			String b = to.files().get(path);
			if (a == null) {
				changes.add(path + " added");
			}
			else if (b == null) {
				changes.add(path + " removed");
			}
			else if (!a.equals(b)) {
				changes.add(path + " changed");
			}
		}
		if (changes.isEmpty()) {
			return "same content as the live version";
		}
		return changes.size() <= 3 ? String.join(", ", changes)
				: String.join(", ", changes.subList(0, 3)) + " and " + (changes.size() - 3) + " more";
	}

	static String shortId(java.util.UUID id) {
		return id.toString().substring(0, 8);
	}

}
