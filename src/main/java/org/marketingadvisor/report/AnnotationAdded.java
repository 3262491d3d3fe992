package org.marketingadvisor.report;

/**
 * Published when a consultant adds a note to a report, inside the note's transaction: the
 * audit trail records it.
 *
 * @param author who wrote the note
 * @param token the report's private token
 * @param text the note as saved
 */
public record AnnotationAdded(String author, String token, String text) {
}
