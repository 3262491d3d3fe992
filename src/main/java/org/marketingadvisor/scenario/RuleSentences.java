package org.marketingadvisor.scenario;

import java.util.Map;
import java.util.UUID;

import org.marketingadvisor.knowledge.Lang;

/**
 * A draft's rules in words, for the scenario pages: each rule's sentence in the page's
 * language, by rule name. The editor words rules (from a guided rule's own description
 * where it has one, else from its DRL) and implements this, so a rule reads the same on
 * the scenario pages as on the draft's page.
 */
public interface RuleSentences {

	/** Every rule of the draft in words, by its name. */
	Map<String, String> of(UUID draft, Lang lang);

}
