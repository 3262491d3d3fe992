package org.marketingadvisor.assessment;

import java.util.List;
import java.util.Optional;

import org.marketingadvisor.knowledge.KnowledgeBase;
import org.marketingadvisor.knowledge.SourceFile;

/**
 * The knowledge base a rule-set version was built with, looked up by the content hash an
 * assessment records ({@link org.marketingadvisor.engine.RuleSet#version()}). A stored
 * report is rendered with it, so that a later version (a rollback, an edited text, a
 * deleted question) never changes or breaks the report. Implemented where the versions
 * are stored, so the report code needs no knowledge of their tables.
 */
public interface VersionKnowledge {

	/**
	 * The knowledge base of the version with this hash; empty when no stored version has
	 * it (data from before versions were stored) or its content no longer loads.
	 */
	Optional<KnowledgeBase> knowledgeBase(String rulesetVersion);

	/**
	 * The rule files of the version with this hash, for showing its rules in words to
	 * consultants; empty when unknown.
	 */
	default Optional<List<SourceFile>> ruleFiles(String rulesetVersion) {
		return Optional.empty();
	}

}
