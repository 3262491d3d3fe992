package org.marketingadvisor.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.ParserError;
import org.marketingadvisor.engine.DrlRule.Action;
import org.marketingadvisor.engine.DrlRule.Constraint;
import org.marketingadvisor.engine.DrlRule.Element;
import org.marketingadvisor.engine.DrlRule.Group;
import org.marketingadvisor.engine.DrlRule.Kind;
import org.marketingadvisor.engine.DrlRule.Value;
import org.marketingadvisor.knowledge.Severity;
import org.marketingadvisor.knowledge.SourceFile;

/**
 * Keeps a rule from becoming code execution. DRL is a door to Java: a consequence, an
 * {@code eval}, a {@code from}, a constraint or a {@code function} may call anything on
 * the class path, and javac reads a consequence after its own {@code \\uXXXX}
 * pre-processing. So nothing here tokenises DRL a second way: each file is read by
 * Drools' own parser (the one the compiler uses) into its descriptor tree, and accepted
 * only if every node has a shape the fact model needs:
 * <ul>
 * <li>a package name and imports of the fact model's classes; no globals, functions,
 * queries, declarations, attributes, dialects or annotations;</li>
 * <li>rules without attributes whose conditions are patterns on {@code Answer},
 * {@code Finding} or {@code Recommendation}, joined by {@code and}, {@code or},
 * {@code not} and {@code exists}; each constraint compares one property with literals
 * ({@code ==}, {@code !=}, {@code in}, {@code not in}, and {@code < <= > >=} for numbers)
 * or binds it;</li>
 * <li>consequences that are exactly {@code insert}/{@code insertLogical} of
 * {@code new Finding("id"[, "severity"])} or {@code new Recommendation("id")}, and
 * {@code delete}/{@code retract} of a bound fact.</li>
 * </ul>
 * Strings keep to a small alphabet and a backslash is refused anywhere in a rule, so no
 * escape can change what javac sees. A file that fails is refused with
 * {@code file:line:column} and never compiled; a file that passes is not compiled either:
 * the engine compiles {@link Checked#compiled()}, DRL rendered from the accepted model.
 */
public final class RuleSafety {

	/** The fact model a rule may name. */
	static final List<Class<?>> FACT_TYPES = List.of(Answer.class, Finding.class, Recommendation.class);

	/**
	 * The properties a constraint may name, per fact type, and whether they are numbers.
	 */
	private static final Map<String, Map<String, Boolean>> PROPERTIES = Map.of("Answer",
			Map.of("question", false, "value", false, "number", true), "Finding", Map.of("id", false), "Recommendation",
			Map.of("id", false));

	/**
	 * How deep groups may nest: far beyond any real rule, well before a stack runs out.
	 */
	static final int MAX_DEPTH = 32;

	private static final String VAR = "\\$[A-Za-z][A-Za-z0-9_]{0,40}";

	private static final String STRING = "\"[\\p{L}\\p{N} _.:+/-]{0,200}\"";

	private static final String NUMBER = "-?\\d{1,12}(?:\\.\\d{1,12})?";

	private static final String LITERAL = "(?:" + STRING + "|" + NUMBER + "|" + VAR + ")";

	private static final java.util.regex.Pattern CONSTRAINT = java.util.regex.Pattern
		.compile("\\s*(?:(" + VAR + ")\\s*:\\s*)?([a-z][A-Za-z0-9]{0,40})\\s*(?:(==|!=|>=|<=|>|<)\\s*(" + LITERAL
				+ ")|(not\\s+in|in)\\s*\\(\\s*(" + LITERAL + "(?:\\s*,\\s*" + LITERAL + ")*)\\s*\\))?\\s*");

	private static final java.util.regex.Pattern INSERT = java.util.regex.Pattern.compile(
			"(insertLogical|insert)\\s*\\(\\s*new\\s+(Finding|Recommendation)\\s*\\(\\s*\"([A-Za-z0-9._-]{1,200})\""
					+ "\\s*(?:,\\s*\"([a-z]{1,20})\"\\s*)?\\)\\s*\\)\\s*;");

	private static final java.util.regex.Pattern DELETE = java.util.regex.Pattern
		.compile("(delete|retract)\\s*\\(\\s*(" + VAR + ")\\s*\\)\\s*;");

	private static final java.util.regex.Pattern PACKAGE = java.util.regex.Pattern
		.compile("[a-z][a-z0-9_]{0,40}(?:\\.[a-z][a-z0-9_]{0,40}){0,10}");

	/**
	 * Letters and digits of any script, spaces and plain punctuation; no quote, slash or
	 * star.
	 */
	private static final java.util.regex.Pattern RULE_NAME = java.util.regex.Pattern
		.compile("[\\p{L}\\p{N} ,.:;()'!?+%&«»№–—-]{1,200}");

	private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	/** What a word in a refused place would have reached, for the message. */
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
		for (String w : List.of("java", "javax", "sun", "jdk", "com", "org", "String", "Math", "Object", "Integer",
				"Long", "Double", "List", "Map", "Set", "Arrays", "Collections", "Objects")) {
			REACHES.putIfAbsent(w, "classes outside the fact model");
		}
		for (String w : List.of("eval", "from", "accumulate", "collect", "entry", "window", "drools", "kcontext")) {
			REACHES.put(w, "the engine's internals or arbitrary expressions");
		}
	}

	private RuleSafety() {
	}

	/**
	 * What the files say, read by Drools' parser and checked.
	 *
	 * @param rules the accepted rules of every file that passed
	 * @param compiled the files to compile: each accepted file rendered from its model,
	 * every rule on the line it starts at in the original; empty if any file failed
	 * @param problems every way the files step outside the allow-list
	 */
	public record Checked(List<DrlRule> rules, List<SourceFile> compiled, List<String> problems) {

		public boolean safe() {
			return problems.isEmpty();
		}

	}

	/** Every way the files step outside the allow-list; empty when they are safe. */
	public static List<String> check(List<SourceFile> drlFiles) {
		return read(drlFiles).problems();
	}

	/** Reads and checks the files. */
	public static Checked read(List<SourceFile> drlFiles) {
		List<DrlRule> rules = new ArrayList<>();
		List<SourceFile> compiled = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Map<String, String> names = new HashMap<>();
		for (SourceFile file : drlFiles) {
			FileCheck check = new FileCheck("rules/" + file.path(), file.text());
			check.run();
			if (check.problems.isEmpty()) {
				for (DrlRule rule : check.rules) {
					String key = check.packageName + "/" + rule.name();
					String earlier = names.putIfAbsent(key, rule.where());
					if (earlier != null) {
						check.problems
							.add(rule.where() + ":1: rule \"" + rule.name() + "\" has the same name as the rule at "
									+ earlier + " in package " + check.packageName);
					}
				}
			}
			problems.addAll(check.problems);
			if (check.problems.isEmpty()) {
				rules.addAll(check.rules);
				compiled.add(new SourceFile(file.path(), check.render().getBytes(StandardCharsets.UTF_8)));
			}
		}
		return new Checked(List.copyOf(rules), problems.isEmpty() ? List.copyOf(compiled) : List.of(),
				List.copyOf(problems));
	}

	private static String factModel() {
		return String.join(", ", FACT_TYPES.stream().map(Class::getName).toList());
	}

	/** One file: parsed, walked, and rendered again if it passed. */
	private static final class FileCheck {

		private final String where;

		private final String text;

		private final List<String> problems = new ArrayList<>();

		private final List<DrlRule> rules = new ArrayList<>();

		private String packageName;

		private List<ImportDescr> imports = List.of();

		FileCheck(String where, String text) {
			this.where = where;
			this.text = text;
		}

		void run() {
			PackageDescr pkg;
			DrlParser parser = new DrlParser();
			try {
				pkg = parser.parse(false, text);
			}
			catch (StackOverflowError ex) {
				problems.add(where + ": the file nests too deeply to be read (at most " + MAX_DEPTH
						+ " levels of brackets)");
				return;
			}
			catch (Exception ex) {
				problems.add(where + ": the file cannot be read as DRL");
				return;
			}
			if (parser.hasErrors() || pkg == null) {
				for (DroolsError error : parser.getErrors()) {
					problems.add(parserProblem(error));
				}
				if (problems.isEmpty()) {
					problems.add(where + ": the file cannot be read as DRL");
				}
				return;
			}
			checkPackage(pkg);
			for (RuleDescr rule : pkg.getRules()) {
				checkRule(rule);
			}
			checkBackslashes(pkg);
		}

		private String parserProblem(DroolsError error) {
			String message = "not valid DRL: " + visible(error.getMessage() == null ? "" : error.getMessage().strip());
			if (error instanceof ParserError p && p.getRow() > 0) {
				return where + ":" + p.getRow() + ":" + (p.getCol() + 1) + ": " + message;
			}
			return where + ": " + message;
		}

		private void checkPackage(PackageDescr pkg) {
			packageName = pkg.getName() == null ? "" : pkg.getName();
			if (!PACKAGE.matcher(packageName).matches()) {
				problems.add(where + ":1:1: the package name must be lower-case words joined by dots, like"
						+ " 'rules.findings'"
						+ (packageName.isEmpty() ? "" : ", not '" + shortText(packageName) + "'"));
			}
			refuseAll(pkg.getAttributes(), "attributes and dialects");
			refuseAll(pkg.getGlobals(), "globals");
			refuseAll(pkg.getFunctions(), "functions");
			refuseAll(pkg.getFunctionImports(), "function imports");
			refuseAll(pkg.getAccumulateImports(), "accumulate imports");
			refuseAll(pkg.getTypeDeclarations(), "type declarations");
			refuseAll(pkg.getEnumDeclarations(), "enum declarations");
			refuseAll(pkg.getEntryPointDeclarations(), "entry points");
			refuseAll(pkg.getWindowDeclarations(), "windows");
			if (pkg.getUnit() != null) {
				problems.add(at(pkg.getUnit()) + ": rule units are not allowed here");
			}
			imports = pkg.getImports();
			for (ImportDescr i : imports) {
				String target = i.getTarget() == null ? "" : i.getTarget();
				if (FACT_TYPES.stream().noneMatch(c -> c.getName().equals(target))) {
					problems.add(at(i) + ": 'import " + shortText(target)
							+ "' is not allowed: a rule may only import the fact model (" + factModel() + ")");
				}
			}
		}

		private void refuseAll(java.util.Collection<? extends BaseDescr> descrs, String what) {
			for (BaseDescr d : descrs) {
				problems.add(at(d) + ": " + what + " are not allowed in a rule file; only 'package', 'import' of the"
						+ " fact model and 'rule' are");
			}
		}

		private void checkRule(RuleDescr rule) {
			String name = rule.getName() == null ? "" : rule.getName();
			String ruleAt = at(rule);
			if (rule instanceof QueryDescr) {
				problems.add(ruleAt + ": queries are not allowed in a rule file");
				return;
			}
			int before = problems.size();
			if (!RULE_NAME.matcher(name).matches()) {
				problems
					.add(ruleAt + ": a rule name may use letters, digits, spaces and , . : ; ( ) ' ! ? + % & - only,"
							+ " at most 200 characters");
			}
			String label = "rule \"" + shortText(name) + "\"";
			if (!rule.getAttributes().isEmpty()) {
				String attribute = rule.getAttributes().keySet().iterator().next();
				problems.add(at(rule.getAttributes().get(attribute)) + ": " + label + " uses '" + attribute
						+ "': a rule here has no attributes before 'when'");
			}
			if (!rule.getAnnotations().isEmpty()) {
				problems.add(ruleAt + ": " + label + " has annotations, which rules here do not use");
			}
			if (rule.getParentName() != null) {
				problems.add(ruleAt + ": " + label + " extends another rule, which rules here do not do");
			}
			if (!rule.getNamedConsequences().isEmpty()) {
				problems.add(ruleAt + ": " + label + " has named consequences, which rules here do not use");
			}
			Set<String> bound = new HashSet<>();
			List<Element> when = new ArrayList<>();
			if (rule.getLhs() != null) {
				for (BaseDescr d : rule.getLhs().getDescrs()) {
					Element e = element(d, label, bound, 1, true);
					if (e != null) {
						when.add(e);
					}
				}
			}
			List<Action> then = consequence(rule, label, bound);
			if (problems.size() == before) {
				rules.add(new DrlRule(name, where, Math.max(1, rule.getLine()), List.copyOf(when), then));
			}
		}

		private Element element(BaseDescr d, String label, Set<String> bound, int depth, boolean topLevel) {
			if (depth > MAX_DEPTH) {
				problems.add(at(d) + ": " + label + " nests conditions more than " + MAX_DEPTH + " levels deep");
				return null;
			}
			if (d instanceof PatternDescr p) {
				return pattern(p, label, bound, topLevel);
			}
			Kind kind = d instanceof AndDescr ? Kind.AND : d instanceof OrDescr ? Kind.OR
					: d instanceof NotDescr ? Kind.NOT : d instanceof ExistsDescr ? Kind.EXISTS : null;
			if (kind == null) {
				problems.add(at(d) + ": " + label + " uses '" + construct(d)
						+ "': conditions may only be patterns on the fact model joined by and, or, not and exists");
				return null;
			}
			List<Element> elements = new ArrayList<>();
			for (Object child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
				Element e = element((BaseDescr) child, label, bound, depth + 1, topLevel && kind == Kind.AND);
				if (e != null) {
					elements.add(e);
				}
			}
			if (elements.isEmpty()) {
				problems.add(at(d) + ": " + label + " has an empty group of conditions");
				return null;
			}
			return new Group(kind, List.copyOf(elements));
		}

		private static String construct(BaseDescr d) {
			String simple = d.getClass().getSimpleName().replace("Descr", "").toLowerCase(java.util.Locale.ROOT);
			return simple.isEmpty() ? "?" : simple;
		}

		private DrlRule.Pattern pattern(PatternDescr p, String label, Set<String> bound, boolean topLevel) {
			String type = p.getObjectType() == null ? "" : p.getObjectType();
			Map<String, Boolean> properties = PROPERTIES.get(type);
			int before = problems.size();
			if (properties == null) {
				problems.add(at(p) + ": " + label + " matches '" + shortText(type) + "'" + reaches(type)
						+ ": a condition may only match Answer, Finding or Recommendation");
				return null;
			}
			if (p.getSource() != null) {
				problems.add(at(p) + ": " + label + " takes " + type + " 'from' somewhere"
						+ ", which would reach the engine's internals or arbitrary expressions: patterns match facts only");
			}
			if (!p.getBehaviors().isEmpty() || p.isQuery() || p.isUnification() || !p.getAnnotations().isEmpty()) {
				problems.add(at(p) + ": " + label + " uses a window, query, unification or annotation on " + type
						+ ", which rules here do not use");
			}
			String binding = p.getIdentifier();
			if (binding != null) {
				if (!binding.matches(VAR)) {
					problems.add(at(p) + ": " + label + " binds '" + shortText(binding)
							+ "': a variable is a $ followed by letters and digits");
				}
				else if (topLevel) {
					bound.add(binding);
				}
			}
			List<Constraint> constraints = new ArrayList<>();
			Object constraint = p.getConstraint();
			if (constraint instanceof AndDescr and) {
				for (BaseDescr c : and.getDescrs()) {
					Constraint checked = constraint(c, type, properties, label, bound);
					if (checked != null) {
						constraints.add(checked);
					}
				}
			}
			else if (constraint != null) {
				problems.add(at(p) + ": " + label + " has constraints on " + type + " that are not a plain list");
			}
			return problems.size() == before ? new DrlRule.Pattern(type, binding, List.copyOf(constraints)) : null;
		}

		private Constraint constraint(BaseDescr c, String type, Map<String, Boolean> properties, String label,
				Set<String> bound) {
			if (!(c instanceof ExprConstraintDescr expr) || expr.getType() != ExprConstraintDescr.Type.NAMED) {
				problems.add(at(c) + ": " + label + " has a constraint on " + type
						+ " that is not 'property operator value'");
				return null;
			}
			String e = expr.getExpression() == null ? "" : expr.getExpression();
			Matcher m = CONSTRAINT.matcher(e);
			if (!m.matches()) {
				problems.add(at(c) + ": " + label + " has the constraint '" + shortText(e) + "'" + reachesIn(e)
						+ ": a constraint compares one property with literals (== != < <= > >=, in, not in) or"
						+ " binds it; strings use letters, digits, spaces and . _ : + / - only; no method call,"
						+ " no && or ||");
				return null;
			}
			String binding = m.group(1);
			String field = m.group(2);
			Boolean number = properties.get(field);
			if (number == null) {
				problems.add(at(c) + ": " + label + " names '" + field + "'" + reaches(field) + ": " + type
						+ " has only " + String.join(", ", new java.util.TreeSet<>(properties.keySet())));
				return null;
			}
			String operator = m.group(3) != null ? m.group(3)
					: m.group(5) != null ? m.group(5).replaceAll("\\s+", " ") : null;
			String list = m.group(4) != null ? m.group(4) : m.group(6);
			List<Value> values = new ArrayList<>();
			if (list != null) {
				for (String v : list.split("\\s*,\\s*")) {
					values.add(value(v.strip()));
				}
			}
			for (Value v : values) {
				if (v.isVariable() && !bound.contains(v.text())) {
					problems.add(at(c) + ": " + label + " uses '" + v.text() + "' before binding it");
				}
				else if (!v.isVariable() && v.isString() == number) {
					problems.add(at(c) + ": " + label + " compares '" + field + "' with "
							+ (number ? "a string: it takes numbers" : "a number: it takes strings in quotes"));
				}
			}
			if (!number && operator != null && !Set.of("==", "!=", "in", "not in").contains(operator)) {
				problems.add(at(c) + ": " + label + " uses '" + operator + "' on '" + field
						+ "', which takes ==, !=, in and not in only");
			}
			if (binding != null) {
				bound.add(binding);
			}
			return new Constraint(binding, field, operator, List.copyOf(values));
		}

		private static Value value(String v) {
			if (v.startsWith("\"")) {
				return new Value(v.substring(1, v.length() - 1), true, false);
			}
			return new Value(v, false, v.startsWith("$"));
		}

		private List<Action> consequence(RuleDescr rule, String label, Set<String> bound) {
			Object rhs = rule.getConsequence();
			String code = rhs instanceof String s ? s : "";
			int offset = rule.getEndCharacter() > 0 ? text.lastIndexOf(code, rule.getEndCharacter()) : -1;
			if (offset < 0) {
				offset = Math.max(0, text.indexOf(code, Math.max(0, rule.getStartCharacter())));
			}
			List<Action> actions = new ArrayList<>();
			int i = 0;
			while (i < code.length()) {
				char ch = code.charAt(i);
				if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
					i++;
					continue;
				}
				Matcher insert = INSERT.matcher(code).region(i, code.length());
				Matcher delete = DELETE.matcher(code).region(i, code.length());
				if (insert.lookingAt()) {
					String type = insert.group(2);
					String severity = insert.group(4);
					if (severity != null && (type.equals("Recommendation") || Severity.parse(severity).isEmpty())) {
						problems.add(position(offset + i) + ": " + label + " gives "
								+ (type.equals("Recommendation") ? "a recommendation a severity; only findings have one"
										: "the unknown severity '" + severity + "'"));
					}
					actions.add(new Action(insert.group(1), type, insert.group(3), severity, null));
					i = insert.end();
				}
				else if (delete.lookingAt()) {
					if (!bound.contains(delete.group(2))) {
						problems.add(position(offset + i) + ": " + label + " uses '" + delete.group(2)
								+ "', which its conditions do not bind: only variables bound in the conditions may be used");
					}
					actions.add(new Action(delete.group(1), null, null, null, delete.group(2)));
					i = delete.end();
				}
				else {
					String rest = code.substring(i);
					int stop = rest.indexOf('\n');
					String statement = stop < 0 ? rest : rest.substring(0, stop);
					problems.add(position(offset + i) + ": " + label + " does '" + shortText(statement.strip()) + "'"
							+ reachesIn(statement)
							+ ": a consequence may only insert or insertLogical a new Finding(\"id\"[, \"severity\"]) or"
							+ " Recommendation(\"id\"), or delete a fact its conditions bind; no comments here");
					break;
				}
			}
			if (actions.isEmpty() && problems.stream().noneMatch(p -> p.contains(label))) {
				problems.add(at(rule) + ": " + label + " does nothing after 'then'");
			}
			return List.copyOf(actions);
		}

		/** A backslash in a rule could be an escape that javac reads differently. */
		private void checkBackslashes(PackageDescr pkg) {
			int from = 0;
			while (true) {
				int at = indexOfAny(text, from);
				if (at < 0) {
					return;
				}
				boolean inRule = pkg.getRules()
					.stream()
					.anyMatch(r -> r.getStartCharacter() <= at
							&& at <= Math.max(r.getEndCharacter(), r.getStartCharacter()));
				int lineStart = text.lastIndexOf('\n', at - 1) + 1;
				boolean commentLine = text.substring(lineStart, at).strip().startsWith("//");
				if (inRule || !commentLine) {
					boolean textBlock = text.startsWith("\"\"\"", at);
					problems.add(position(at) + ": "
							+ (textBlock ? "text blocks (\"\"\") are not allowed in a rule file"
									: "a backslash is not allowed here: escapes such as \\u0022 would read differently"
											+ " to the compiler; write the character itself (comments on their own"
											+ " line above a rule may contain anything)"));
					return;
				}
				from = at + 1;
			}
		}

		private static int indexOfAny(String s, int from) {
			int slash = s.indexOf('\\', from);
			int block = s.indexOf("\"\"\"", from);
			if (slash < 0) {
				return block;
			}
			return block < 0 ? slash : Math.min(slash, block);
		}

		/** The file rendered from the accepted model, each rule on its original line. */
		String render() {
			StringBuilder out = new StringBuilder();
			out.append("package ").append(packageName).append(";");
			for (ImportDescr i : imports) {
				out.append(" import ").append(i.getTarget()).append(";");
			}
			int line = 1;
			for (DrlRule rule : rules) {
				while (line < rule.line()) {
					out.append('\n');
					line++;
				}
				out.append(' ').append(rule.drl());
			}
			return out.append('\n').toString();
		}

		private String at(BaseDescr d) {
			if (d == null || d.getLine() <= 0) {
				return where;
			}
			return where + ":" + d.getLine() + ":" + (Math.max(0, d.getColumn()) + 1);
		}

		private String position(int offset) {
			int line = 1;
			int lineStart = 0;
			for (int k = 0; k < offset && k < text.length(); k++) {
				char ch = text.charAt(k);
				if (ch == '\n') {
					line++;
					lineStart = k + 1;
				}
			}
			return where + ":" + line + ":" + (offset - lineStart + 1);
		}

	}

	private static String reaches(String word) {
		String simple = word.contains(".") ? word.substring(word.lastIndexOf('.') + 1) : word;
		String r = REACHES.getOrDefault(word, REACHES.get(simple));
		if (r == null && word.contains(".")) {
			r = REACHES.get(word.substring(0, word.indexOf('.')));
		}
		return r == null ? "" : ", which would reach " + r;
	}

	/** What the most telling word of a refused text would have reached. */
	private static String reachesIn(String code) {
		String generic = "";
		Matcher m = WORD.matcher(code);
		while (m.find()) {
			String r = reaches(m.group());
			if (r.isEmpty()) {
				continue;
			}
			String said = " ('" + m.group() + "'" + r + ")";
			if (!r.endsWith("classes outside the fact model")) {
				return said;
			}
			if (generic.isEmpty()) {
				generic = said;
			}
		}
		return generic;
	}

	/** Control characters and line ends spelt out, so a message shows what was there. */
	static String visible(String s) {
		StringBuilder out = new StringBuilder();
		s.codePoints().forEach(cp -> {
			if (cp == '\n' || cp == '\t') {
				out.append(' ');
			}
			else if (Character.isISOControl(cp) || cp == 0xFEFF) {
				out.append(String.format("U+%04X", cp));
			}
			else {
				out.appendCodePoint(cp);
			}
		});
		return out.toString().replaceAll(" {2,}", " ");
	}

	/** At most a short prefix of a text an author wrote, for a message. */
	static String shortText(String s) {
		String one = visible(s.replaceAll("[\\r\\n\\t]+", " "));
		return one.length() <= 80 ? one : one.substring(0, 77) + "...";
	}

}
