package org.marketingadvisor.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the container shows when a request ends in an error outside the controllers (a
 * status sent by a filter, a template that failed while rendering, a missing page): the
 * same answer as {@link ApiExceptionHandler} gives, for the address the client asked for,
 * in place of Spring Boot's default error controller.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ErrorViews views;

	ErrorPages(ErrorViews views) {
		this.views = views;
	}

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = HttpStatus
			.resolve(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500);
		if (status == null || !status.isError()) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri
				: request.getRequestURI();
		if (!response.isCommitted()) {
			// whatever a failed page had written before it failed is not shown
			response.resetBuffer();
		}
		if (request.getAttribute(RequestGuard.UNREADABLE) instanceof RequestGuard.Problem problem) {
			return views.of(request, path, HttpStatus.valueOf(problem.status()), "body", problem.key(), problem.args());
		}
		return views.of(request, path, status, "body", switch (status) {
			case INTERNAL_SERVER_ERROR -> "error.internal";
			case UNAUTHORIZED -> "error.unauthorized";
			case FORBIDDEN -> "error.forbidden";
			case NOT_FOUND -> "error.not-found";
			default -> "error.request";
		});
	}

}
