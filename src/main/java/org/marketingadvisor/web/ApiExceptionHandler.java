package org.marketingadvisor.web;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.marketingadvisor.engine.RuleSetException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns what a client can get wrong into a specific 4xx in the client's language: an
 * {@link ApiErrors} body on the JSON API, the product's error page (with the message and
 * the field) on pages. Anything else is our fault: logged, and answered with a plain 500
 * message that leaks no internals.
 */
@ControllerAdvice
class ApiExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiExceptionHandler.class);

	private final ErrorViews views;

	ApiExceptionHandler(ErrorViews views) {
		this.views = views;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ModelAndView unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return error(request, HttpStatus.BAD_REQUEST, "body", "error.body.malformed");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ModelAndView mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return error(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "body", "error.body.media-type");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ModelAndView notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request) {
		return error(request, HttpStatus.NOT_ACCEPTABLE, "body", "error.not-acceptable");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return error(request, HttpStatus.METHOD_NOT_ALLOWED, "body", "error.method");
	}

	/**
	 * A parameter or path segment that is not of its type: {@code page=abc}, a bad id.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return error(request, HttpStatus.BAD_REQUEST, ex.getName(), "error.param.type", ex.getName(),
				Inputs.shown(ex.getValue()));
	}

	/**
	 * A value no converter turns into the parameter's type: a file sent where text is
	 * expected. (The value itself is not quoted: it is no text.)
	 */
	@ExceptionHandler(MethodArgumentConversionNotSupportedException.class)
	ModelAndView notConvertible(MethodArgumentConversionNotSupportedException ex, HttpServletRequest request) {
		return error(request, HttpStatus.BAD_REQUEST, ex.getName(), "error.param.kind", ex.getName());
	}

	/**
	 * A page that needs a draft's rules built, on a draft that does not build (a
	 * consultant may save a broken draft; its own page lists why).
	 */
	@ExceptionHandler(RuleSetException.class)
	ModelAndView unbuilt(RuleSetException ex, HttpServletRequest request) {
		return error(request, HttpStatus.CONFLICT, "draft", "error.draft.unbuilt");
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return error(request, HttpStatus.BAD_REQUEST, ex.getParameterName(), "error.param.missing",
				ex.getParameterName());
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request,
			jakarta.servlet.http.HttpServletResponse response) {
		if (overloaded(ex)) {
			// every database connection stayed busy for the whole wait: nothing was
			// written, and the client may simply try again shortly
			log.warn("No database connection free in time on " + request.getMethod() + " " + request.getRequestURI());
			response.setHeader("Retry-After", "5");
			return error(request, HttpStatus.SERVICE_UNAVAILABLE, "body", "error.busy");
		}
		if (ex.getCause() instanceof StackOverflowError) {
			// Input nested so deep that reading it exhausted the stack (a parser's
			// recursion): the input's fault, and nothing is left half-done by it. (An
			// Error reaches here wrapped by the dispatcher.)
			log.warn("Input nested too deeply on " + request.getMethod() + " " + request.getRequestURI());
			return error(request, HttpStatus.BAD_REQUEST, "body", "error.request.too-deep");
		}
		if (ex instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
			return error(request, HttpStatus.valueOf(known.getStatusCode().value()), "body", "error.request");
		}
		log.error("Unexpected error on " + request.getMethod() + " " + request.getRequestURI(), ex);
		return error(request, HttpStatus.INTERNAL_SERVER_ERROR, "body", "error.internal");
	}

	/** Whether the cause is a connection pool that had no connection free in time. */
	static boolean overloaded(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof java.sql.SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	private ModelAndView error(HttpServletRequest request, HttpStatus status, String field, String code,
			Object... args) {
		return views.of(request, request.getRequestURI(), status, field, code, args);
	}

}
