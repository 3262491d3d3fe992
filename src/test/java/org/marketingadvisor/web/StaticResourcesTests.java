package org.marketingadvisor.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The static files are served from their own folders under the same URLs as before (the
 * WebJars without their version), and nothing else is looked up as a file: a page's own
 * links are written as they are.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void stylesScriptsAndWebJarsAreServedUnderTheirUsualPaths() throws Exception {
		mvc.perform(get("/css/app.css")).andExpect(status().isOk()).andExpect(content().contentType("text/css"));
		mvc.perform(get("/js/app.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/codemirror/lib/codemirror.js")).andExpect(status().isOk());
		mvc.perform(get("/css/no-such.css")).andExpect(status().isNotFound());
		// templates, configuration and classes are not files to serve
		mvc.perform(get("/application.properties")).andExpect(status().isNotFound());
		mvc.perform(get("/templates/fragments/layout.html")).andExpect(status().isNotFound());
	}

	@Test
	void aPagesLinksToStaticFilesAndToPagesAreWrittenAsTheyAre() throws Exception {
		Document page = Jsoup.parse(mvc.perform(get("/?lang=en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("/css/app.css");
		assertThat(page.select("a[href]").eachAttr("href")).isNotEmpty().allMatch(h -> !h.contains(";jsessionid"));
	}

}
