package org.marketingadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marketingadvisor.TestContent;

/**
 * The knowledge base paraphrases the source articles; it must not copy their sentences.
 * Checks every Russian and Ukrainian text of the knowledge base for runs of six or more
 * consecutive words that also occur in an article. The articles live beside the project
 * (shared/seeds), as on every developer machine and in CI.
 */
class ParaphraseTests {

	private static final int RUN = 6;

	private static final Path SEEDS = Path.of("..", "shared", "seeds");

	@Test
	void knowledgeBaseDoesNotCopyRunsOfWordsFromTheArticles() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(SEEDS), "source articles not found beside the project");
		Set<String> articleRuns = new HashSet<>();
		try (Stream<Path> seeds = Files.list(SEEDS)) {
			for (Path seed : seeds.toList()) {
				articleRuns.addAll(runs(Files.readString(seed)));
			}
		}
		List<String> copied = new ArrayList<>();
		for (var entry : texts(KnowledgeBaseLoader.load(TestContent.knowledgeBaseFiles())).entrySet()) {
			for (String run : runs(entry.getValue())) {
				if (articleRuns.contains(run)) {
					copied.add(entry.getKey() + ": \"" + run + "\"");
				}
			}
		}
		assertThat(copied).as("word runs copied from the articles").isEmpty();
	}

	/**
	 * Every paraphrasing text, keyed by where it is. Document titles and the places of
	 * heuristics (which may name an article's section heading) are citations, not
	 * paraphrases.
	 */
	private static java.util.Map<String, String> texts(KnowledgeBase kb) {
		java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
		java.util.function.BiConsumer<String, LocalizedText> add = (where, t) -> {
			if (t != null) {
				texts.put(where + " (ru)", t.ru());
				texts.put(where + " (uk)", t.uk());
			}
		};
		kb.documents().forEach(d -> add.accept(d.id() + " summary", d.summary()));
		kb.heuristics().forEach(h -> add.accept(h.id(), h.text()));
		kb.tensions().forEach(t -> {
			add.accept(t.id(), t.text());
			add.accept(t.id() + " reconciliation", t.reconciliation());
		});
		kb.findings().forEach(f -> {
			add.accept(f.id() + " title", f.title());
			add.accept(f.id(), f.description());
		});
		kb.recommendations().forEach(r -> {
			add.accept(r.id() + " title", r.title());
			add.accept(r.id() + " summary", r.summary());
			for (int i = 0; i < r.actions().size(); i++) {
				add.accept(r.id() + " action " + (i + 1), r.actions().get(i));
			}
		});
		kb.questions().forEach(q -> {
			add.accept(q.id(), q.text());
			add.accept(q.id() + " help", q.help());
			q.options().forEach(o -> add.accept(q.id() + " option " + o.id(), o.label()));
		});
		return texts;
	}

	private static Set<String> runs(String text) {
		String[] words = text.toLowerCase(Locale.ROOT)
			.replace('ё', 'е')
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.trim()
			.split(" ");
		Set<String> runs = new HashSet<>();
		for (int i = 0; i + RUN <= words.length; i++) {
			runs.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + RUN)));
		}
		return runs;
	}

}
