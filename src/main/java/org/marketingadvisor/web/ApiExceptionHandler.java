package org.marketingadvisor.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns what a client can get wrong into a specific 4xx {@link ApiErrors} body in the
 * client's language. Anything else is our fault: logged, and answered with a plain 500
 * message that leaks no internals. On pages (outside {@code /api/}) the same cases get
 * the product's error page instead.
 */
@RestControllerAdvice
class ApiExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiExceptionHandler.class);

	private final Messages messages;

	ApiExceptionHandler(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return error(HttpStatus.BAD_REQUEST, "body", "error.body.malformed", request, response);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiErrors> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "body", "error.body.media-type", request, response);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Void> notAcceptable() {
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiErrors> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return error(HttpStatus.METHOD_NOT_ALLOWED, "body", "error.method", request, response);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiErrors> unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (ex instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
			return error(HttpStatus.valueOf(known.getStatusCode().value()), "body", "error.request", request, response);
		}
		log.error("Unexpected error on " + request.getMethod() + " " + request.getRequestURI(), ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "body", "error.internal", request, response);
	}

	private ResponseEntity<ApiErrors> error(HttpStatus status, String field, String code, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			// A page, not the API: the product's error page, in the user's language.
			response.sendError(status.value());
			return null;
		}
		String message = messages.get(Languages.resolve(request), code);
		return ResponseEntity.status(status).body(ApiErrors.of(field, message));
	}

}
