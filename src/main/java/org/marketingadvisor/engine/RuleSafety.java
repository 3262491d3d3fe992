package org.marketingadvisor.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.drools.drl.ast.descr.ImportDescr;
import org.marketingadvisor.knowledge.Problem;
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
 * The walk of one file is {@link DrlFileCheck}; its patterns and consequences are checked
 * by {@link DrlPatterns} and {@link DrlConsequences}.
 */
public final class RuleSafety {

	/** The fact model a rule may name. */
	static final List<Class<?>> FACT_TYPES = List.of(Answer.class, Finding.class, Recommendation.class);

	/**
	 * How deep groups may nest: far beyond any real rule, well before a stack runs out.
	 */
	static final int MAX_DEPTH = 32;

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
	public record Checked(List<DrlRule> rules, List<SourceFile> compiled, List<Problem> problems) {

		public boolean safe() {
			return problems.isEmpty();
		}

	}

	/** Every way the files step outside the allow-list; empty when they are safe. */
	public static List<Problem> check(List<SourceFile> drlFiles) {
		return read(drlFiles).problems();
	}

	/** Reads and checks the files. */
	public static Checked read(List<SourceFile> drlFiles) {
		List<DrlRule> rules = new ArrayList<>();
		List<SourceFile> compiled = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		Map<String, String> names = new HashMap<>();
		for (SourceFile file : drlFiles) {
			FileRead read = readFile(file);
			List<Problem> fileProblems = new ArrayList<>(read.problems());
			if (fileProblems.isEmpty()) {
				for (DrlRule rule : read.rules()) {
					String key = read.packageName() + "/" + rule.name();
					String earlier = names.putIfAbsent(key, rule.where());
					if (earlier != null) {
						fileProblems.add(Problem.at(rule.path(), rule.line(), 1, "problem.drl.same-name", rule.name(),
								earlier, read.packageName()));
					}
				}
			}
			problems.addAll(fileProblems);
			if (fileProblems.isEmpty()) {
				rules.addAll(read.rules());
				compiled.add(new SourceFile(file.path(), read.rendered().getBytes(StandardCharsets.UTF_8)));
			}
		}
		return new Checked(List.copyOf(rules), problems.isEmpty() ? List.copyOf(compiled) : List.of(),
				List.copyOf(problems));
	}

	/**
	 * What one file says on its own: its package, its accepted rules, its problems, and
	 * the text to compile when it has none.
	 */
	private record FileRead(String packageName, List<DrlRule> rules, List<Problem> problems, String rendered) {
	}

	/**
	 * Files read lately, by a digest of their path and text: a draft's save changes one
	 * file, and its page, quick check, rule list and linter read the others again
	 * unchanged. The check is a function of the path and the text alone, so a hit is what
	 * reading again would give; SHA-256 leaves no room for a second text to pass as a
	 * checked one.
	 */
	private static final Map<String, FileRead> READ = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, FileRead> eldest) {
			return size() > 512;
		}
	});

	private static FileRead readFile(SourceFile file) {
		String key = SourceFile.digest(List.of(file));
		FileRead known = READ.get(key);
		if (known != null) {
			return known;
		}
		DrlFileCheck check = new DrlFileCheck("rules/" + file.path(), file.text());
		check.run();
		FileRead read = new FileRead(check.packageName(), List.copyOf(check.rules()), List.copyOf(check.problems()),
				check.problems().isEmpty() ? render(check) : null);
		READ.put(key, read);
		return read;
	}

	/**
	 * The file rendered from the accepted model, each rule on its original line. Its
	 * consequences are MVEL: an accepted consequence only inserts or deletes facts, which
	 * MVEL does without a Java compiler, so building a rule set takes about half the time
	 * (the Java dialect compiles a class for every consequence).
	 */
	private static String render(DrlFileCheck check) {
		StringBuilder out = new StringBuilder();
		out.append("package ").append(check.packageName()).append(";");
		for (ImportDescr i : check.imports()) {
			out.append(" import ").append(i.getTarget()).append(";");
		}
		out.append(" dialect \"mvel\"");
		int line = 1;
		for (DrlRule rule : check.rules()) {
			while (line < rule.line()) {
				out.append('\n');
				line++;
			}
			out.append(' ').append(rule.drl());
		}
		return out.append('\n').toString();
	}

	static String factModel() {
		return String.join(", ", FACT_TYPES.stream().map(Class::getName).toList());
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
