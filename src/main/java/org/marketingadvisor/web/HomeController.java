package org.marketingadvisor.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what the diagnostic is, for whom, how long, what the owner gets. */
@Controller
class HomeController {

	static final String VIEW_HOME = "home/index";

	@GetMapping("/")
	String home() {
		return VIEW_HOME;
	}

}
