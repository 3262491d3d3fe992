package org.marketingadvisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;
import org.marketingadvisor.engine.Answer;
import org.marketingadvisor.engine.AnswerValue;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.marketingadvisor.knowledge.Question;
import org.marketingadvisor.knowledge.QuestionType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each question type's behaviour agrees with itself (what the form shows binds back to
 * the same answer, a fact stands for its answer), and the types are handled in the places
 * {@code docs/new-question-type.md} names, and nowhere else.
 */
class AnswerTypeTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Path MAIN = Path.of("src", "main");

	private final KnowledgeBase kb = TestContent.ruleSet().knowledgeBase();

	@Test
	void whatTheFormShowsForAnAnswerBindsBackToTheSameAnswer() {
		Random random = new Random(5);
		for (Question q : kb.questions()) {
			AnswerType type = AnswerType.of(q);
			for (int i = 0; i < 20; i++) {
				AnswerValue value = type.sample(q, random);
				JsonNode json = JSON.valueToTree(value.json());
				String[] posted = type.posted(json).toArray(String[]::new);
				List<AnswerError> errors = new ArrayList<>();
				// parsed, a multiple choice is in the definition's order
				AnswerValue parsed = type.parse(q, json, Lang.EN, errors);
				assertThat(type.parse(q, type.bind(posted), Lang.EN, errors)).as(q.id()).isEqualTo(parsed);
				JsonNode typed = JSON.valueToTree(type.fromText(String.join(", ", posted)));
				assertThat(type.parse(q, typed, Lang.EN, errors)).as(q.id()).isEqualTo(parsed);
				assertThat(errors).as(q.id()).isEmpty();
				assertThat(parsed).isNotNull();
			}
		}
	}

	@Test
	void aFactStandsForItsAnswerWhenItTellsTheWholeAnswer() {
		Random random = new Random(6);
		for (Question q : kb.questions()) {
			AnswerType type = AnswerType.of(q);
			for (int i = 0; i < 20; i++) {
				AnswerValue value = type.sample(q, random);
				List<Answer> facts = new ArrayList<>();
				value.toFacts(q.id(), facts);
				AnswerValue read = type.fromFact(facts.get(0).getValue());
				if (q.type() == QuestionType.MULTIPLE || q.type().numeric()) {
					assertThat(read).as(q.id()).isNull();
				}
				else {
					assertThat(read).as(q.id()).isEqualTo(value);
				}
				if (!q.type().numeric()) {
					assertThat(q.answerValues()).as(q.id()).containsAll(facts.stream().map(Answer::getValue).toList());
				}
			}
		}
	}

	@Test
	void aSwitchOverTheTypesExistsOnlyInAnswerType() throws IOException {
		assertThat(files(MAIN.resolve("java"), Pattern.compile("case (YES_NO|SINGLE|MULTIPLE|NUMBER|SCALE)\\b")))
			.containsExactly("java/org/marketingadvisor/questionnaire/AnswerType.java");
	}

	@Test
	void onlyRulesAboutOneExistingTypeNameATypeAndTheDocumentSaysWhich() throws IOException {
		Set<String> naming = files(MAIN.resolve("java"),
				Pattern.compile("QuestionType\\.(YES_NO|SINGLE|MULTIPLE|NUMBER|SCALE)\\b"));
		assertThat(naming).containsExactly("java/org/marketingadvisor/knowledge/QuestionnaireChecks.java");
		String doc = Files.readString(Path.of("docs", "new-question-type.md"));
		naming.forEach(file -> assertThat(doc).contains(Path.of(file).getFileName().toString().replace(".java", "")));
		assertThat(files(MAIN.resolve("resources"),
				Pattern.compile("\\.type\\s*==\\s*'(yes-no|single|multiple|number|scale)'")))
			.containsExactly("resources/templates/questionnaire/section.html");
		assertThat(files(MAIN.resolve("java"), Pattern.compile("instanceof AnswerValue\\.")))
			.containsExactly("java/org/marketingadvisor/questionnaire/ShowConditions.java");
	}

	@Test
	void theDocumentNamesAtMostSevenFilesThatExist() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("docs", "new-question-type.md"));
		Matcher path = Pattern.compile("`((?:src|knowledge-base)/[^`]+)`").matcher("");
		List<String> named = new ArrayList<>();
		for (String line : lines) {
			if (line.matches("^\\d+\\..*")) {
				path.reset(line);
				while (path.find()) {
					named.add(path.group(1));
				}
			}
		}
		List<String> messages = List.of("messages_uk.properties", "messages_en.properties");
		assertThat(named.size() + messages.size()).isLessThanOrEqualTo(7);
		for (String file : named) {
			if (!file.contains("<Type>")) {
				assertThat(Path.of(file)).as(file).exists();
			}
		}
		assertThat(Stream.of(lines.toArray(String[]::new)).collect(Collectors.joining("\n"))).contains(messages);
	}

	private static Set<String> files(Path root, Pattern pattern) throws IOException {
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().matches(".*\\.(java|html|js|properties|yaml)")).toList()) {
				if (pattern.matcher(Files.readString(file)).find()) {
					found.add(MAIN.relativize(file).toString().replace('\\', '/'));
				}
			}
		}
		return found;
	}

}
