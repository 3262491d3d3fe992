package org.marketingadvisor.engine;

import java.util.ArrayList;
import java.util.List;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * The report's "why": while rules fire, remembers which rule inserted each derived fact
 * and which facts that rule matched, and which rules fired at all. One recorder per
 * evaluation; a session fires on one thread, so no synchronisation is needed.
 */
final class ExplanationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

	private Match current;

	private final List<String> fired = new ArrayList<>();

	private final List<Derived> derived = new ArrayList<>();

	@Override
	public void beforeMatchFired(BeforeMatchFiredEvent event) {
		current = event.getMatch();
		fired.add(current.getRule().getName());
	}

	@Override
	public void afterMatchFired(AfterMatchFiredEvent event) {
		current = null;
	}

	@Override
	public void objectInserted(ObjectInsertedEvent event) {
		if (event.getObject() instanceof Derived d) {
			if (current != null) {
				d.explain(current.getRule().getName(), List.copyOf(current.getObjects()));
			}
			derived.add(d);
		}
	}

	@Override
	public void objectUpdated(ObjectUpdatedEvent event) {
		// derived facts are immutable
	}

	@Override
	public void objectDeleted(ObjectDeletedEvent event) {
		// a logical fact whose support went away is no longer a result
		if (event.getOldObject() instanceof Derived d) {
			derived.removeIf(x -> x == d);
		}
	}

	List<String> firedRules() {
		return fired;
	}

	List<Derived> derived() {
		return derived;
	}

}
