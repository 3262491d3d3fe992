package org.marketingadvisor.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marketingadvisor.knowledge.Problem;

/**
 * What a word in a refused place would have reached (the system, files, reflection...),
 * so a refusal says why it matters: a phrase of the refusal's message.
 */
final class DrlReaches {

	/** The reach of words that only leave the fact model, the least telling one. */
	private static final String OUTSIDE = "outside";

	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** Word to what it reaches (a {@code problem.drl.reach.*} key's last part). */
	private static final Map<String, String> REACHES = new LinkedHashMap<>();

	static {
		for (String w : List.of("System", "Runtime", "exit", "getenv", "getProperty", "setProperty")) {
			REACHES.put(w, "system");
		}
		for (String w : List.of("ProcessBuilder", "Process", "exec", "ProcessHandle")) {
			REACHES.put(w, "programs");
		}
		for (String w : List.of("Class", "forName", "getClass", "getMethod", "getDeclaredMethod", "getField",
				"getDeclaredField", "invoke", "newInstance", "setAccessible", "reflect", "MethodHandles", "Unsafe")) {
			REACHES.put(w, "reflection");
		}
		for (String w : List.of("ClassLoader", "getClassLoader", "getContextClassLoader", "loadClass", "defineClass",
				"URLClassLoader", "ServiceLoader")) {
			REACHES.put(w, "class-loading");
		}
		for (String w : List.of("File", "Files", "Path", "Paths", "FileInputStream", "FileOutputStream", "FileReader",
				"FileWriter", "RandomAccessFile", "io", "nio")) {
			REACHES.put(w, "files");
		}
		for (String w : List.of("URL", "URI", "Socket", "ServerSocket", "DatagramSocket", "HttpClient",
				"HttpURLConnection", "InetAddress", "net")) {
			REACHES.put(w, "network");
		}
		for (String w : List.of("Thread", "Executors", "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer",
				"concurrent")) {
			REACHES.put(w, "threads");
		}
		for (String w : List.of("java", "javax", "sun", "jdk", "com", "org", "String", "Math", "Object", "Integer",
				"Long", "Double", "List", "Map", "Set", "Arrays", "Collections", "Objects")) {
			REACHES.putIfAbsent(w, OUTSIDE);
		}
		for (String w : List.of("eval", "from", "accumulate", "collect", "entry", "window", "drools", "kcontext")) {
			REACHES.put(w, "internals");
		}
	}

	private DrlReaches() {
	}

	private static String reach(String word) {
		String simple = word.contains(".") ? word.substring(word.lastIndexOf('.') + 1) : word;
		String r = REACHES.getOrDefault(word, REACHES.get(simple));
		if (r == null && word.contains(".")) {
			r = REACHES.get(word.substring(0, word.indexOf('.')));
		}
		return r;
	}

	/** ", which would reach ..." for a word that reaches something; "" otherwise. */
	static Object of(String word) {
		String r = reach(word);
		return r == null ? "" : Problem.phrase("problem.drl.reaches", Problem.phrase("problem.drl.reach." + r));
	}

	/**
	 * " ('word', which would reach ...)" for the most telling word of a refused text; ""
	 * when no word reaches anything.
	 */
	static Object in(String code) {
		Object generic = "";
		Matcher m = WORD.matcher(code);
		while (m.find()) {
			String r = reach(m.group());
			if (r == null) {
				continue;
			}
			Problem said = Problem.phrase("problem.drl.reaches-in", m.group(),
					Problem.phrase("problem.drl.reach." + r));
			if (!r.equals(OUTSIDE)) {
				return said;
			}
			if ("".equals(generic)) {
				generic = said;
			}
		}
		return generic;
	}

}
