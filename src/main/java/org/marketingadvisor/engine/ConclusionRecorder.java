package org.marketingadvisor.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.marketingadvisor.knowledge.KnowledgeBase;

/**
 * Keeps the derived facts of one evaluation as {@link ExplanationRecorder} does (a
 * logical fact whose support went away is dropped), but not what they matched: enough for
 * the ids of the conclusions.
 */
final class ConclusionRecorder implements RuleRuntimeEventListener {

	private final Map<Derived, Boolean> derived = new IdentityHashMap<>();

	@Override
	public void objectInserted(ObjectInsertedEvent event) {
		if (event.getObject() instanceof Derived d) {
			derived.put(d, Boolean.TRUE);
		}
	}

	@Override
	public void objectUpdated(ObjectUpdatedEvent event) {
		// derived facts are immutable
	}

	@Override
	public void objectDeleted(ObjectDeletedEvent event) {
		if (event.getOldObject() instanceof Derived d) {
			derived.remove(d);
		}
	}

	/** The ids the knowledge base defines, as {@link RuleSet#evaluate} keeps them. */
	Conclusions conclusions(KnowledgeBase knowledgeBase) {
		Set<String> findings = new TreeSet<>();
		Set<String> recommendations = new TreeSet<>();
		for (Derived d : derived.keySet()) {
			if (d instanceof Finding f && knowledgeBase.finding(f.getId()).isPresent()) {
				findings.add(f.getId());
			}
			else if (d instanceof Recommendation r && knowledgeBase.recommendation(r.getId()).isPresent()) {
				recommendations.add(r.getId());
			}
		}
		return new Conclusions(findings, recommendations);
	}

}
