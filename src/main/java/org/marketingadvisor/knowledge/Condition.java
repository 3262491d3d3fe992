package org.marketingadvisor.knowledge;

import java.util.List;

/**
 * When a question is shown: another (earlier) question's answer equals a yes/no value,
 * contains any of some options, or is at least a number. Exactly one of the three is set.
 */
public record Condition(String question, Boolean equals, List<String> anyOf, Double min) {
}
