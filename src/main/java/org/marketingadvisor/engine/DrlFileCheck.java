package org.marketingadvisor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
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
import org.marketingadvisor.engine.DrlRule.Element;
import org.marketingadvisor.engine.DrlRule.Group;
import org.marketingadvisor.engine.DrlRule.Kind;
import org.marketingadvisor.knowledge.Problem;

/**
 * One rule file for {@link RuleSafety}: parsed by Drools' parser, its descriptor tree
 * walked (package, imports, each rule's header and groups of conditions), and rendered
 * again from the accepted model if it passed. Every problem carries its place.
 */
final class DrlFileCheck {

	private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]{0,40}(?:\\.[a-z][a-z0-9_]{0,40}){0,10}");

	/**
	 * Letters and digits of any script, spaces and plain punctuation; no quote, slash or
	 * star.
	 */
	private static final Pattern RULE_NAME = Pattern.compile("[\\p{L}\\p{N} ,.:;()'!?+%&«»№–—-]{1,200}");

	private final String file;

	private final String text;

	private final List<Problem> problems = new ArrayList<>();

	private final List<DrlRule> rules = new ArrayList<>();

	private final DrlPatterns patterns = new DrlPatterns(this);

	private final DrlConsequences consequences = new DrlConsequences(this);

	private String packageName;

	private List<ImportDescr> imports = List.of();

	DrlFileCheck(String file, String text) {
		this.file = file;
		this.text = text;
	}

	List<Problem> problems() {
		return problems;
	}

	List<DrlRule> rules() {
		return rules;
	}

	String packageName() {
		return packageName;
	}

	String text() {
		return text;
	}

	void run() {
		PackageDescr pkg;
		DrlParser parser = new DrlParser();
		try {
			pkg = parser.parse(false, text);
		}
		catch (StackOverflowError ex) {
			problems.add(Problem.in(file, "problem.drl.too-deep-file", RuleSafety.MAX_DEPTH));
			return;
		}
		catch (Exception ex) {
			problems.add(Problem.in(file, "problem.drl.unreadable"));
			return;
		}
		if (parser.hasErrors() || pkg == null) {
			for (DroolsError error : parser.getErrors()) {
				problems.add(parserProblem(error));
			}
			if (problems.isEmpty()) {
				problems.add(Problem.in(file, "problem.drl.unreadable"));
			}
			return;
		}
		checkPackage(pkg);
		for (RuleDescr rule : pkg.getRules()) {
			checkRule(rule);
		}
		checkBackslashes(pkg);
	}

	private Problem parserProblem(DroolsError error) {
		String message = RuleSafety.visible(error.getMessage() == null ? "" : error.getMessage().strip());
		if (error instanceof ParserError p && p.getRow() > 0) {
			return Problem.at(file, p.getRow(), p.getCol() + 1, "problem.drl.parser", message);
		}
		return Problem.in(file, "problem.drl.parser", message);
	}

	private void checkPackage(PackageDescr pkg) {
		packageName = pkg.getName() == null ? "" : pkg.getName();
		if (!PACKAGE.matcher(packageName).matches()) {
			problems.add(packageName.isEmpty() ? Problem.at(file, 1, 1, "problem.drl.package")
					: Problem.at(file, 1, 1, "problem.drl.package-named", RuleSafety.shortText(packageName)));
		}
		refuseAll(pkg.getAttributes(), "attributes");
		refuseAll(pkg.getGlobals(), "globals");
		refuseAll(pkg.getFunctions(), "functions");
		refuseAll(pkg.getFunctionImports(), "function-imports");
		refuseAll(pkg.getAccumulateImports(), "accumulate-imports");
		refuseAll(pkg.getTypeDeclarations(), "type-declarations");
		refuseAll(pkg.getEnumDeclarations(), "enum-declarations");
		refuseAll(pkg.getEntryPointDeclarations(), "entry-points");
		refuseAll(pkg.getWindowDeclarations(), "windows");
		if (pkg.getUnit() != null) {
			problems.add(at(pkg.getUnit(), "problem.drl.unit"));
		}
		imports = pkg.getImports();
		for (ImportDescr i : imports) {
			String target = i.getTarget() == null ? "" : i.getTarget();
			if (RuleSafety.FACT_TYPES.stream().noneMatch(c -> c.getName().equals(target))) {
				problems.add(at(i, "problem.drl.import", RuleSafety.shortText(target), RuleSafety.factModel()));
			}
		}
	}

	private void refuseAll(Collection<? extends BaseDescr> descrs, String what) {
		for (BaseDescr d : descrs) {
			problems.add(at(d, "problem.drl.declaration", Problem.phrase("problem.drl.declaration." + what)));
		}
	}

	private void checkRule(RuleDescr rule) {
		String name = rule.getName() == null ? "" : rule.getName();
		if (rule instanceof QueryDescr) {
			problems.add(at(rule, "problem.drl.query"));
			return;
		}
		int before = problems.size();
		if (!RULE_NAME.matcher(name).matches()) {
			problems.add(at(rule, "problem.drl.rule-name"));
		}
		int named = problems.size();
		String label = RuleSafety.shortText(name);
		if (!rule.getAttributes().isEmpty()) {
			String attribute = rule.getAttributes().keySet().iterator().next();
			problems.add(at(rule.getAttributes().get(attribute), "problem.drl.attribute", label, attribute));
		}
		if (!rule.getAnnotations().isEmpty()) {
			problems.add(at(rule, "problem.drl.annotations", label));
		}
		if (rule.getParentName() != null) {
			problems.add(at(rule, "problem.drl.extends", label));
		}
		if (!rule.getNamedConsequences().isEmpty()) {
			problems.add(at(rule, "problem.drl.named-consequences", label));
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
		List<Action> then = consequences.of(rule, label, bound);
		if (then.isEmpty() && problems.size() == named) {
			problems.add(at(rule, "problem.drl.nothing", label));
		}
		if (problems.size() == before) {
			rules.add(new DrlRule(name, file, Math.max(1, rule.getLine()), List.copyOf(when), then));
		}
	}

	private Element element(BaseDescr d, String label, Set<String> bound, int depth, boolean topLevel) {
		if (depth > RuleSafety.MAX_DEPTH) {
			problems.add(at(d, "problem.drl.too-deep", label, RuleSafety.MAX_DEPTH));
			return null;
		}
		if (d instanceof PatternDescr p) {
			return patterns.pattern(p, label, bound, topLevel);
		}
		Kind kind = d instanceof AndDescr ? Kind.AND : d instanceof OrDescr ? Kind.OR
				: d instanceof NotDescr ? Kind.NOT : d instanceof ExistsDescr ? Kind.EXISTS : null;
		if (kind == null) {
			problems.add(at(d, "problem.drl.construct", label, construct(d)));
			return null;
		}
		List<Element> elements = new ArrayList<>();
		for (Object child : ((ConditionalElementDescr) d).getDescrs()) {
			Element e = element((BaseDescr) child, label, bound, depth + 1, topLevel && kind == Kind.AND);
			if (e != null) {
				elements.add(e);
			}
		}
		if (elements.isEmpty()) {
			problems.add(at(d, "problem.drl.empty-group", label));
			return null;
		}
		return new Group(kind, List.copyOf(elements));
	}

	private static String construct(BaseDescr d) {
		String simple = d.getClass().getSimpleName().replace("Descr", "").toLowerCase(Locale.ROOT);
		return simple.isEmpty() ? "?" : simple;
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
				.anyMatch(
						r -> r.getStartCharacter() <= at && at <= Math.max(r.getEndCharacter(), r.getStartCharacter()));
			int lineStart = text.lastIndexOf('\n', at - 1) + 1;
			boolean commentLine = text.substring(lineStart, at).strip().startsWith("//");
			if (inRule || !commentLine) {
				boolean textBlock = text.startsWith("\"\"\"", at);
				problems.add(atOffset(at, textBlock ? "problem.drl.text-block" : "problem.drl.backslash"));
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

	List<ImportDescr> imports() {
		return imports;
	}

	/** A problem at a node of the tree (the file itself when the node has no line). */
	Problem at(BaseDescr d, String key, Object... args) {
		if (d == null || d.getLine() <= 0) {
			return Problem.in(file, key, args);
		}
		return Problem.at(file, d.getLine(), Math.max(0, d.getColumn()) + 1, key, args);
	}

	/** A problem at a character of the file's text. */
	Problem atOffset(int offset, String key, Object... args) {
		int line = 1;
		int lineStart = 0;
		for (int k = 0; k < offset && k < text.length(); k++) {
			if (text.charAt(k) == '\n') {
				line++;
				lineStart = k + 1;
			}
		}
		return Problem.at(file, line, offset - lineStart + 1, key, args);
	}

}
