package org.marketingadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;

class KnowledgeBaseTests {

	private final List<SourceFile> files = TestContent.knowledgeBaseFiles();

	@Test
	void realKnowledgeBaseLoadsWithoutProblems() {
		KnowledgeBase kb = KnowledgeBaseLoader.load(files);
		assertThat(kb.documents()).extracting(Document::id)
			.containsExactlyInAnyOrder("doc.kongru", "doc.department", "doc.relations", "doc.stijit");
		assertThat(kb.heuristics()).hasSizeGreaterThanOrEqualTo(45);
		assertThat(kb.questions()).hasSizeGreaterThanOrEqualTo(40);
	}

	@Test
	void aFindingsConsequencesAreEveryFindingReachedThroughItsCausesAndNothingElse() {
		KnowledgeBase kb = KnowledgeBaseLoader.load(files);
		for (FindingDefinition f : kb.findings()) {
			// an independent reading: grow the set until no cause adds anything
			Set<String> expected = new HashSet<>(f.causes());
			boolean grew = true;
			while (grew) {
				grew = false;
				for (String c : List.copyOf(expected)) {
					grew |= expected.addAll(kb.finding(c).map(FindingDefinition::causes).orElse(List.of()));
				}
			}
			assertThat(kb.consequences(f.id())).as(f.id()).containsExactlyInAnyOrderElementsOf(expected);
			assertThat(kb.consequences(f.id())).as("asked twice").isSameAs(kb.consequences(f.id()));
		}
		assertThat(kb.findings().stream().anyMatch(f -> kb.consequences(f.id()).size() > f.causes().size()))
			.as("some finding causes others further down")
			.isTrue();
		assertThat(kb.consequences("finding.no-such")).isEmpty();
	}

	@Test
	void everyDocumentNamesItsPublisherInEveryLanguageAndItsOriginalTitleOnlyInOthers() {
		KnowledgeBase kb = KnowledgeBaseLoader.load(files);
		for (Document d : kb.documents()) {
			assertThat(d.publishers()).as(d.id()).isNotNull();
			for (Lang lang : Lang.values()) {
				assertThat(d.publisher(lang)).as(d.id() + " " + lang).isNotBlank();
				assertThat(d.originalTitle(lang)).as(d.id() + " " + lang)
					.isEqualTo(lang.code().equals(d.language()) ? null : d.title());
			}
			assertThat(d.publisher(Lang.EN)).as(d.id()).doesNotMatch(".*[А-Яа-яЁёІіЇїЄє].*");
			assertThat(d.publisher(Lang.UK)).as(d.id()).doesNotMatch(".*[ыэъё].*");
		}
	}

	@Test
	void everyDocumentContributesSeveralHeuristicsAndDiagnosableOnes() {
		KnowledgeBase kb = KnowledgeBaseLoader.load(files);
		for (Document d : kb.documents()) {
			List<Heuristic> own = kb.heuristics().stream().filter(h -> h.document().equals(d.id())).toList();
			assertThat(own).as(d.id()).hasSizeGreaterThanOrEqualTo(5);
			assertThat(own).as(d.id()).anyMatch(Heuristic::isDiagnosable);
		}
	}

	@Test
	void disagreementsBetweenDocumentsAreRecordedWithAReconciliation() {
		KnowledgeBase kb = KnowledgeBaseLoader.load(files);
		Tension kpis = kb.tension("t.who-sets-goals-and-kpis").orElseThrow();
		Set<String> documents = kpis.heuristics()
			.stream()
			.map(h -> kb.heuristic(h).orElseThrow().document())
			.collect(Collectors.toSet());
		assertThat(documents).contains("doc.relations", "doc.kongru");
		assertThat(kb.recommendations()).anyMatch(r -> r.tensions().contains(kpis.id()));
		for (Tension t : kb.tensions()) {
			assertThat(kb.recommendations()).as(t.id() + " is applied by a recommendation")
				.anyMatch(r -> r.tensions().contains(t.id()));
		}
	}

	@Test
	void recommendationsFollowTheBuildOrderOfTheDepartmentArticle() {
		KnowledgeBase kb = KnowledgeBaseLoader.load(files);
		assertThat(kb.recommendation("rec.define-marketer-profile").orElseThrow().after())
			.contains("rec.appoint-responsible");
		assertThat(kb.recommendation("rec.select-with-test-task").orElseThrow().after())
			.contains("rec.define-marketer-profile");
		assertThat(kb.recommendation("rec.write-promotion-strategy").orElseThrow().after())
			.contains("rec.select-with-test-task");
		assertThat(kb.recommendation("rec.build-team").orElseThrow().after()).contains("rec.write-promotion-strategy");
	}

	@Test
	void unknownKeyFailsWithFileAndLine() {
		String findings = TestContent.text(files, "findings.yaml");
		String broken = findings.replaceFirst("\n    severity:", "\n    severty:");
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(TestContent.replace(files, "findings.yaml", broken)))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("findings.yaml")
			.hasMessageContaining("severty")
			.hasMessageContaining("line ");
	}

	@Test
	void missingTranslationIsReported() {
		String areas = """
				areas:
				  - id: owner-role
				    title: {ru: Роль владельца, en: The owner's role}
				""";
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(TestContent.replace(files, "areas.yaml", areas)))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("areas.yaml: area owner-role: ‘title’ needs non-empty ru, uk and en");
	}

	@Test
	void referenceToAnUnknownHeuristicIsReported() {
		String recommendations = TestContent.text(files, "recommendations.yaml");
		String broken = recommendations.replaceFirst("h\\.dept\\.decide-responsible-first", "h.dept.no-such-thing");
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(TestContent.replace(files, "recommendations.yaml", broken)))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("‘heuristics’ names unknown id ‘h.dept.no-such-thing’");
	}

	@Test
	void cycleInRecommendationOrderIsReported() {
		String recommendations = TestContent.text(files, "recommendations.yaml");
		// make the first step depend on the last step of the chain that depends on it
		String broken = recommendations.replaceFirst("(id: rec\\.appoint-responsible[\\s\\S]*?after:) \\[\\]",
				"$1 [rec.build-team]");
		assertThat(broken).isNotEqualTo(recommendations);
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(TestContent.replace(files, "recommendations.yaml", broken)))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("‘after’ forms a cycle");
	}

	@Test
	void causesOfTheShippedFindingsFollowTheArticles() {
		KnowledgeBase kb = KnowledgeBaseLoader.load(files);
		assertThat(kb.finding("finding.no-responsibility-center").orElseThrow().causes()).contains("finding.no-kpi",
				"finding.no-marketing-strategy", "finding.owner-bottleneck");
		assertThat(kb.finding("finding.no-company-strategy").orElseThrow().causes())
			.containsExactly("finding.no-marketing-strategy", "finding.no-business-goals");
		// a strength is nobody's cause and nobody's consequence
		assertThat(kb.findings()).filteredOn(f -> f.kind() == FindingKind.STRENGTH)
			.allSatisfy(f -> assertThat(f.causes()).isEmpty());
	}

	@Test
	void causeNamingAnUnknownFindingIsReported() {
		String findings = TestContent.text(files, "findings.yaml");
		String broken = findings.replaceFirst("causes: \\[finding\\.owner-lacks-time\\]",
				"causes: [finding.no-such-thing]");
		assertThat(broken).isNotEqualTo(findings);
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(TestContent.replace(files, "findings.yaml", broken)))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining(
					"findings.yaml: finding finding.owner-bottleneck: ‘causes’ names unknown id ‘finding.no-such-thing’");
	}

	@Test
	void cycleOfCausesIsReported() {
		String findings = TestContent.text(files, "findings.yaml");
		// the lack of time is caused by the bottleneck; make it cause the bottleneck back
		String broken = findings.replaceFirst("(id: finding\\.owner-lacks-time\\n(?:    .*\\n)*?    heuristics: .*\\n)",
				"$1    causes: [finding.owner-bottleneck]\n");
		assertThat(broken).isNotEqualTo(findings);
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(TestContent.replace(files, "findings.yaml", broken)))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("‘causes’ forms a cycle")
			.hasMessageContaining("finding.owner-bottleneck -> finding.owner-lacks-time -> finding.owner-bottleneck");
	}

	@Test
	void causesWithAStrengthAreReported() {
		String findings = TestContent.text(files, "findings.yaml");
		String broken = findings.replaceFirst("causes: \\[finding\\.owner-lacks-time\\]",
				"causes: [finding.ceo-marketer-tandem]");
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(TestContent.replace(files, "findings.yaml", broken)))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("‘causes’ links problems only");
	}

	@Test
	void phaseCapacityIsValidated() {
		String scoring = TestContent.text(files, "scoring.yaml");
		String broken = scoring.replaceFirst("capacity: 5", "capacity: 0");
		assertThat(broken).isNotEqualTo(scoring);
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(TestContent.replace(files, "scoring.yaml", broken)))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("phase days-30: ‘capacity’ must be at least 1");
	}

	@Test
	void conditionOnALaterQuestionIsReported() {
		String questionnaire = TestContent.text(files, "questionnaire.yaml");
		String broken = questionnaire.replaceFirst("question: kpi\\.defined", "question: hiring.recent");
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(TestContent.replace(files, "questionnaire.yaml", broken)))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("condition refers to ‘hiring.recent’, which is not an earlier question");
	}

	@Test
	void unknownQuestionTypeIsReportedAtLoadWithTheTypesThereAre() {
		String questionnaire = TestContent.text(files, "questionnaire.yaml");
		String broken = questionnaire.replaceFirst("type: yes-no", "type: free-text");
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(TestContent.replace(files, "questionnaire.yaml", broken)))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("questionnaire.yaml")
			.hasMessageContaining("free-text")
			.hasMessageContaining("line ")
			.satisfies(ex -> assertThat(ex.getMessage())
				.contains(Stream.of(QuestionType.values()).map(QuestionType::code).toList()));
	}

	@Test
	void missingFileIsReported() {
		List<SourceFile> without = files.stream().filter(f -> !f.path().equals("tensions.yaml")).toList();
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(without)).isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("tensions.yaml: file is missing");
	}

	@Test
	void scoringIsValidatedAtLoad() {
		String scoring = TestContent.text(files, "scoring.yaml");
		String broken = scoring.replace("critical: 0.4", "critical: 1.4")
			.replace("    low: 0.9\n", "")
			.replace("    owner-role: 2\n", "")
			.replace("from: 45", "from: 0")
			.replace("priorities: [low]", "priorities: [high]")
			.replace("finding.owner-bottleneck: [responsibility]", "finding.nothing: [no-area]");
		assertThat(broken).isNotEqualTo(scoring);
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(TestContent.replace(files, "scoring.yaml", broken)))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("scoring.yaml: keep.critical must be a share above 0 and at most 1")
			.hasMessageContaining("scoring.yaml: keep.low must be a share above 0 and at most 1")
			.hasMessageContaining("scoring.yaml: weights.owner-role must be a number above 0")
			.hasMessageContaining("scoring.yaml: level emerging: ‘from’ must rise from level to level")
			.hasMessageContaining("scoring.yaml: phase days-90: priority high is already taken by an earlier phase")
			.hasMessageContaining("scoring.yaml: no phase takes priority low")
			.hasMessageContaining("finding.nothing")
			.hasMessageContaining("no-area");
	}

	@Test
	void scoringMustBeThere() {
		List<SourceFile> without = files.stream().filter(f -> !f.path().equals("scoring.yaml")).toList();
		assertThatThrownBy(() -> KnowledgeBaseLoader.load(without))
			.hasMessageContaining("scoring.yaml: file is missing");
	}

}
