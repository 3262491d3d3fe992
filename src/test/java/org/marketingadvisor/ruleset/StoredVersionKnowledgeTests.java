package org.marketingadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.marketingadvisor.engine.RuleEngine;
import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The knowledge bases of stored versions, by rule-set hash: the live one is the compiled
 * one; an older one is loaded from its stored content and kept, the least recently used
 * dropped first; an unknown hash, or content that no longer loads, finds nothing. Own
 * context (it publishes versions), closed afterwards.
 */
@SpringBootTest(properties = { "advisor.rules.disk-check-interval=1h", "advisor.rules.poll-interval=1h",
		"advisor.report.peer-minimum=2" })
@DirtiesContext
class StoredVersionKnowledgeTests {

	private static final String FINDING = "finding.owner-bottleneck";

	@Autowired
	RuleSetVersions versions;

	@Autowired
	VersionStore store;

	@Autowired
	RuleEngine engine;

	@Autowired
	StoredVersionKnowledge bean;

	/** Publishes the live content with the finding's English title changed; its hash. */
	private String publishRetitled(String title) {
		UUID draft = versions.newDraft(title);
		String path = "knowledge-base/findings.yaml";
		String findings = store.content(draft).files().get(path);
		String current = engine.knowledgeBase().finding(FINDING).orElseThrow().title().get(Lang.EN);
		assertThat(versions.saveDraftFile(draft, path,
				findings.replace("en: \"" + current + "\"", "en: \"" + title + "\"")))
			.isEmpty();
		int number = versions.publish(draft, title).number();
		return store.byNumber(number).orElseThrow().rulesetHash();
	}

	private static String title(KnowledgeBase kb) {
		return kb.finding(FINDING).orElseThrow().title().get(Lang.EN);
	}

	@Test
	void olderVersionsAreLoadedFromTheirStoredContentAndTheLeastRecentlyUsedIsDropped() {
		assertThat(StoredVersionKnowledge.CACHED_VERSIONS).isEqualTo(16);
		int first = versions.liveNumber();
		String one = engine.current().version();
		String two = publishRetitled("Title of version two");
		String three = publishRetitled("Title of version three");
		versions.rollback(first, "back");
		assertThat(engine.current().version()).isEqualTo(one);

		StoredVersionKnowledge knowledge = new StoredVersionKnowledge(store, engine, 1);
		assertThat(knowledge.knowledgeBase(one)).containsSame(engine.knowledgeBase());
		assertThat(knowledge.cached()).as("the live one is not copied").isZero();

		KnowledgeBase second = knowledge.knowledgeBase(two).orElseThrow();
		assertThat(title(second)).isEqualTo("Title of version two");
		assertThat(knowledge.knowledgeBase(two)).containsSame(second);
		assertThat(title(knowledge.knowledgeBase(three).orElseThrow())).isEqualTo("Title of version three");
		assertThat(knowledge.cached()).isEqualTo(1);
		// version two was dropped for three: loaded again, the same texts
		KnowledgeBase again = knowledge.knowledgeBase(two).orElseThrow();
		assertThat(title(again)).isEqualTo("Title of version two");
		assertThat(knowledge.cached()).isEqualTo(1);

		assertThat(knowledge.knowledgeBase("0123456789abcdef")).isEmpty();
		assertThat(knowledge.knowledgeBase(null)).isEmpty();
		assertThat(knowledge.knowledgeBase("")).isEmpty();
		assertThat(bean.knowledgeBase(two).map(StoredVersionKnowledgeTests::title)).hasValue("Title of version two");
	}

	@Test
	void aVersionWhoseContentNoLongerLoadsFindsNothing() {
		// as content stored by an older application whose knowledge-base format has
		// changed since: recorded as published without going through the gate
		Content live = store.content(store.byNumber(versions.liveNumber()).orElseThrow().id());
		Content broken = live.with("knowledge-base/findings.yaml", "findings: [{id: finding.x, unknown-key: 1}]\n");
		UUID id = store.insertDraft(VersionStore.Origin.EDITOR, versions.liveNumber(), "test", "old format", broken,
				List.of(), Instant.now());
		store.publish(id, "old format", "feedfacefeedface", Instant.now());
		StoredVersionKnowledge knowledge = new StoredVersionKnowledge(store, engine, 4);
		assertThat(knowledge.knowledgeBase("feedfacefeedface")).isEmpty();
		assertThat(knowledge.cached()).as("remembered, not read again on every view").isEqualTo(1);
	}

}
