package org.marketingadvisor.engine;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marketingadvisor.knowledge.SourceFile;

/**
 * Keeps a rule from becoming code execution. DRL is a door to Java: a consequence, an
 * {@code eval}, a {@code from} or a {@code function} may call anything on the class path.
 * So a rule set is read token by token and accepted only if it keeps to an allow-list:
 * <ul>
 * <li>outside rules: {@code package} and {@code import} of the fact model's classes,
 * nothing else (no {@code global}, {@code function}, {@code query}, {@code declare},
 * attributes or dialects);</li>
 * <li>conditions: the fact types, their properties, bound {@code $variables}, comparison
 * operators and {@code not}, {@code exists}, {@code forall}, {@code and}, {@code or},
 * {@code in}; no method call of any kind;</li>
 * <li>consequences: {@code insert}, {@code insertLogical}, {@code delete},
 * {@code retract}, {@code modify}, {@code update}, {@code new} of a fact type, bound
 * variables and literals.</li>
 * </ul>
 * Everything else is refused with the file, line, rule and word, and with what the word
 * would have reached (system, programs, reflection, files, network, threads...). The
 * check runs before compilation on every rule set, from disk or from the editor alike.
 */
public final class RuleSafety {

	/** The fact model a rule may name. */
	static final List<Class<?>> FACT_TYPES = List.of(Answer.class, Finding.class, Recommendation.class);

	private static final Set<String> CONDITION_WORDS = Set.of("not", "exists", "forall", "and", "or", "in", "true",
			"false", "null");

	private static final Set<String> CONSEQUENCE_WORDS = Set.of("insert", "insertLogical", "delete", "retract",
			"modify", "update", "new", "true", "false", "null");

	/** What a forbidden word would have reached, for the message. */
	private static final Map<String, String> REACHES = new LinkedHashMap<>();

	static {
		for (String w : List.of("System", "Runtime", "exit", "getenv", "getProperty", "setProperty")) {
			REACHES.put(w, "the system");
		}
		for (String w : List.of("ProcessBuilder", "Process", "exec", "ProcessHandle")) {
			REACHES.put(w, "running programs");
		}
		for (String w : List.of("Class", "forName", "getClass", "getMethod", "getDeclaredMethod", "getField",
				"getDeclaredField", "invoke", "newInstance", "setAccessible", "reflect", "MethodHandles", "Unsafe")) {
			REACHES.put(w, "reflection");
		}
		for (String w : List.of("ClassLoader", "getClassLoader", "getContextClassLoader", "loadClass", "defineClass",
				"URLClassLoader", "ServiceLoader")) {
			REACHES.put(w, "class loading");
		}
		for (String w : List.of("File", "Files", "Path", "Paths", "FileInputStream", "FileOutputStream", "FileReader",
				"FileWriter", "RandomAccessFile", "io", "nio")) {
			REACHES.put(w, "files");
		}
		for (String w : List.of("URL", "URI", "Socket", "ServerSocket", "DatagramSocket", "HttpClient",
				"HttpURLConnection", "InetAddress", "net")) {
			REACHES.put(w, "the network");
		}
		for (String w : List.of("Thread", "Executors", "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer",
				"concurrent")) {
			REACHES.put(w, "threads");
		}
		for (String w : List.of("java", "javax", "sun", "jdk", "com", "org", "net", "String", "Math", "Object",
				"Integer", "Long", "Double", "List", "Map", "Set", "Arrays", "Collections", "Objects")) {
			REACHES.putIfAbsent(w, "classes outside the fact model");
		}
		for (String w : List.of("eval", "from", "accumulate", "collect", "entry", "window", "drools", "kcontext")) {
			REACHES.put(w, "the engine's internals or arbitrary expressions");
		}
		for (String w : List.of("global", "function", "query", "declare", "dialect", "salience", "agenda", "activation",
				"ruleflow", "timer", "calendars", "enabled", "duration", "extends")) {
			REACHES.put(w, "declarations or attributes that rules here do not use");
		}
	}

	private static final Set<String> FACT_NAMES = new HashSet<>();

	private static final Set<String> PROPERTIES = new HashSet<>();

	static {
		for (Class<?> type : FACT_TYPES) {
			FACT_NAMES.add(type.getSimpleName());
			for (Method m : type.getMethods()) {
				if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0
						|| m.getDeclaringClass() == Object.class) {
					continue;
				}
				String name = m.getName();
				if (name.startsWith("get") && name.length() > 3) {
					PROPERTIES.add(Introspector.decapitalize(name.substring(3)));
				}
				else if (name.startsWith("is") && name.length() > 2) {
					PROPERTIES.add(Introspector.decapitalize(name.substring(2)));
				}
			}
		}
	}

	private RuleSafety() {
	}

	/** Every way the files step outside the allow-list; empty when they are safe. */
	public static List<String> check(List<SourceFile> drlFiles) {
		List<String> problems = new ArrayList<>();
		for (SourceFile file : drlFiles) {
			new Scan("rules/" + file.path(), file.text(), problems).run();
		}
		return problems;
	}

	/** A word of DRL with the line and column it starts at. */
	private record Token(String text, int line, int column) {

		boolean word() {
			return Character.isJavaIdentifierStart(text.charAt(0)) && text.charAt(0) != '$';
		}

	}

	private static final class Scan {

		private final String where;

		private final List<Token> tokens;

		private final List<String> problems;

		Scan(String where, String drl, List<String> problems) {
			this.where = where;
			this.problems = problems;
			this.tokens = tokenize(drl);
		}

		void run() {
			int i = 0;
			while (i < tokens.size()) {
				Token t = tokens.get(i);
				switch (t.text()) {
					case "package" -> i = statementEnd(i);
					case "import" -> i = importAt(i);
					case "rule" -> i = ruleAt(i);
					default -> {
						refuse(t, null, "outside a rule only 'package', 'import' and 'rule' are allowed");
						// the file is refused already; one message for the whole
						// construct
						i++;
						while (i < tokens.size()
								&& !Set.of("rule", "import", "package").contains(tokens.get(i).text())) {
							i++;
						}
					}
				}
			}
		}

		private int importAt(int i) {
			int end = statementEnd(i);
			StringBuilder name = new StringBuilder();
			for (int k = i + 1; k < end && k < tokens.size() && !tokens.get(k).text().equals(";"); k++) {
				name.append(tokens.get(k).text());
				if (tokens.get(k).word() && k + 1 < end && tokens.get(k + 1).word()) {
					name.append(' ');
				}
			}
			String imported = name.toString();
			boolean allowed = FACT_TYPES.stream().anyMatch(c -> c.getName().equals(imported));
			if (!allowed) {
				problems.add(where + ":" + tokens.get(i).line() + ":" + tokens.get(i).column() + ": 'import " + imported
						+ "' is not allowed: a rule may only import the fact model (" + factModel() + ")");
			}
			return end;
		}

		private int ruleAt(int i) {
			int k = i + 1;
			String name = k < tokens.size() ? tokens.get(k).text() : "?";
			k++;
			// between the name and 'when': no attributes
			boolean refused = false;
			while (k < tokens.size() && !tokens.get(k).text().equals("when")) {
				if (!refused) {
					refuse(tokens.get(k), name, "a rule here has no attributes before 'when'");
					refused = true;
				}
				k++;
			}
			k++;
			Set<String> bound = new HashSet<>();
			while (k < tokens.size() && !tokens.get(k).text().equals("then")) {
				condition(k, name, bound);
				k++;
			}
			k++;
			while (k < tokens.size() && !tokens.get(k).text().equals("end")) {
				consequence(k, name, bound);
				k++;
			}
			return k + 1;
		}

		private void condition(int k, String rule, Set<String> bound) {
			Token t = tokens.get(k);
			if (t.text().startsWith("$")) {
				if (next(k).equals(":")) {
					bound.add(t.text());
				}
				else if (!bound.contains(t.text())) {
					refuse(t, rule, "a variable must be bound before it is used");
				}
				return;
			}
			if (!t.word()) {
				if (t.text().equals("\\")) {
					refuse(t, rule, "escapes are only allowed inside strings");
				}
				return;
			}
			if (FACT_NAMES.contains(t.text()) || CONDITION_WORDS.contains(t.text())) {
				return;
			}
			if (PROPERTIES.contains(t.text()) && !next(k).equals("(")) {
				return;
			}
			refuse(t, rule, next(k).equals("(") ? "conditions may not call methods"
					: "a condition may only name the fact model's types and properties");
		}

		private void consequence(int k, String rule, Set<String> bound) {
			Token t = tokens.get(k);
			if (t.text().startsWith("$")) {
				if (!bound.contains(t.text())) {
					refuse(t, rule, "only variables bound in the conditions may be used");
				}
				return;
			}
			if (!t.word()) {
				if (t.text().equals("\\")) {
					refuse(t, rule, "escapes are only allowed inside strings");
				}
				return;
			}
			if (CONSEQUENCE_WORDS.contains(t.text()) || FACT_NAMES.contains(t.text())) {
				return;
			}
			if (PROPERTIES.contains(t.text()) && k > 0 && tokens.get(k - 1).text().equals(".")
					&& !next(k).equals("(")) {
				return;
			}
			refuse(t, rule, "a consequence may only insert, modify or delete facts of the fact model");
		}

		private void refuse(Token t, String rule, String why) {
			String reaches = REACHES.get(t.text());
			problems.add(where + ":" + t.line() + ":" + t.column() + ": "
					+ (rule == null ? "" : "rule " + rule + " uses ") + "'" + t.text() + "'"
					+ (reaches == null ? "" : ", which would reach " + reaches) + ": " + why);
		}

		private String next(int k) {
			return k + 1 < tokens.size() ? tokens.get(k + 1).text() : "";
		}

		/**
		 * Where a {@code package} or {@code import} statement ends: at its semicolon,
		 * which DRL makes optional, or else at the end of its line.
		 */
		private int statementEnd(int i) {
			int line = tokens.get(i).line();
			int k = i + 1;
			while (k < tokens.size() && tokens.get(k).line() == line) {
				if (tokens.get(k).text().equals(";")) {
					return k + 1;
				}
				k++;
			}
			return k;
		}

	}

	private static String factModel() {
		return String.join(", ", FACT_TYPES.stream().map(Class::getName).toList());
	}

	/**
	 * Words, {@code $variables}, quoted strings (kept whole, as one token) and single
	 * characters; comments dropped. A string literal is one token, so nothing inside it
	 * is read as code.
	 */
	static List<Token> tokenize(String drl) {
		List<Token> tokens = new ArrayList<>();
		int line = 1;
		int i = 0;
		int n = drl.length();
		while (i < n) {
			char c = drl.charAt(i);
			if (c == '\n') {
				line++;
				i++;
			}
			else if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '/') {
				while (i < n && drl.charAt(i) != '\n') {
					i++;
				}
			}
			else if (c == '#') {
				while (i < n && drl.charAt(i) != '\n') {
					i++;
				}
			}
			else if (c == '/' && i + 1 < n && drl.charAt(i + 1) == '*') {
				int end = drl.indexOf("*/", i + 2);
				end = end < 0 ? n : end + 2;
				line += count(drl, i, end);
				i = end;
			}
			else if (c == '"' || c == '\'') {
				int start = i;
				i++;
				while (i < n && drl.charAt(i) != c && drl.charAt(i) != '\n') {
					i += drl.charAt(i) == '\\' ? 2 : 1;
				}
				i = Math.min(n, i + 1);
				tokens.add(new Token(drl.substring(start, i), line, column(drl, start)));
				line += count(drl, start, i);
			}
			else if (Character.isJavaIdentifierStart(c)) {
				int start = i;
				while (i < n && Character.isJavaIdentifierPart(drl.charAt(i))) {
					i++;
				}
				tokens.add(new Token(drl.substring(start, i), line, column(drl, start)));
			}
			else if (Character.isDigit(c)) {
				int start = i;
				while (i < n && (Character.isLetterOrDigit(drl.charAt(i)) || drl.charAt(i) == '.')) {
					i++;
				}
				tokens.add(new Token("0", line, column(drl, start)));
			}
			else {
				tokens.add(new Token(String.valueOf(c), line, column(drl, i)));
				i++;
			}
		}
		return tokens;
	}

	/** The 1-based column of a position in its line. */
	private static int column(String text, int at) {
		return at - text.lastIndexOf('\n', at - 1);
	}

	private static int count(String s, int from, int to) {
		int lines = 0;
		for (int k = from; k < to && k < s.length(); k++) {
			if (s.charAt(k) == '\n') {
				lines++;
			}
		}
		return lines;
	}

}
