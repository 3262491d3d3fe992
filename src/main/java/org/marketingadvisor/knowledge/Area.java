package org.marketingadvisor.knowledge;

/**
 * A chapter of the diagnosis (owner role, KPIs, ...); the file order is the report order.
 */
public record Area(String id, LocalizedText title) {
}
