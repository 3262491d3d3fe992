package org.marketingadvisor.web;

import java.util.List;

/** The body of every 4xx answer of the JSON API. */
public record ApiErrors(List<ApiError> errors) {

	public static ApiErrors of(String field, String message) {
		return new ApiErrors(List.of(new ApiError(field, message)));
	}

}
