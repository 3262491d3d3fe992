package org.marketingadvisor.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: what the diagnostic is, for whom, how long, what the owner gets. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home/index";
	}

}
