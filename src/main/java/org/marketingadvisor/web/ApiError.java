package org.marketingadvisor.web;

/**
 * One problem with a request: the field it concerns and what is wrong, in the user's
 * language.
 */
public record ApiError(String field, String message) {
}
