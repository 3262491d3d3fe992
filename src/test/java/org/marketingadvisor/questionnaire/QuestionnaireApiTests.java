package org.marketingadvisor.questionnaire;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void questionnaireIsServedInRussianByDefault() throws Exception {
		mvc.perform(get("/api/v1/questionnaire"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lang").value("ru"))
			.andExpect(jsonPath("$.sections[0].id").value("company"))
			.andExpect(jsonPath("$.sections[0].questions[0].id").value("company.employees"))
			.andExpect(jsonPath("$.sections[0].questions[0].type").value("number"))
			.andExpect(jsonPath("$.sections[0].questions[0].required").value(true))
			.andExpect(jsonPath("$.sections[0].questions[0].text").value(containsString("?")))
			.andExpect(jsonPath("$.sections[0].questions[0].condition").value(nullValue()))
			.andExpect(jsonPath("$.sections[0].questions[0].options").isArray())
			.andExpect(jsonPath("$.sections[*].questions[*].help", everyItem(notNullValue())));
	}

	@Test
	void questionnaireInEnglishHasOptionsAndConditions() throws Exception {
		mvc.perform(get("/api/v1/questionnaire").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lang").value("en"))
			.andExpect(jsonPath("$.sections[*].questions[?(@.id == 'marketing.responsible')].options[*].id",
					hasItem("dedicated-marketer")))
			.andExpect(jsonPath("$.sections[*].questions[?(@.id == 'kpi.metrics')].condition.question",
					hasItem("kpi.defined")))
			.andExpect(jsonPath("$.sections[*].questions[?(@.id == 'kpi.metrics')].condition.equals", hasItem(true)))
			.andExpect(jsonPath(
					"$.sections[*].questions[?(@.id == 'owner.activities')].options[?(@.id == 'none')].exclusive",
					hasItem(true)))
			.andExpect(jsonPath("$.sections.length()", greaterThanOrEqualTo(6)));
	}

	@Test
	void questionnaireInUkrainian() throws Exception {
		mvc.perform(get("/api/v1/questionnaire").param("lang", "uk"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lang").value("uk"));
	}

	@Test
	void unsupportedLanguageIsAFieldError() throws Exception {
		mvc.perform(get("/api/v1/questionnaire").param("lang", "fr").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lang"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not supported")));
		mvc.perform(get("/api/v1/questionnaire").param("lang", "fr"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("не поддерживается")));
	}

}
