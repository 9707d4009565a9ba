package io.github.perfeval.evaluation.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.GeneratedDepartments;
import io.github.perfeval.support.GeneratedDepartmentsTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The home page of an administrator who sees 5,000 departments' 15,000 evaluations: the
 * newest {@value EvaluationPageController#HOME_ROWS} with their stored scores, and the
 * way to the 总览 for the rest.
 */
@GeneratedDepartmentsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageScaleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	GeneratedDepartments generator;

	GeneratedDepartments.Generated generated;

	@BeforeAll
	void generate() {
		generated = generator.ensure();
	}

	@Test
	void listsTheNewestRowsWithTheirStoredScoresAndPointsToTheOverview() throws Exception {
		MvcResult result = mvc.get()
			.uri("/")
			.with(user(accounts.loadUserByUsername("admin")))
			.exchange()
			.getMvcResult();
		List<?> rows = (List<?>) result.getModelAndView().getModel().get("rows");
		assertThat(rows).hasSize(EvaluationPageController.HOME_ROWS);
		assertThat(rows).allSatisfy(row -> {
			EvaluationPageController.HomeRow home = (EvaluationPageController.HomeRow) row;
			assertThat(home.summary().year()).isEqualTo(generated.lastYear());
			assertThat(home.total()).isNotNull();
		});
		assertThat(result.getModelAndView().getModel().get("moreRows")).isEqualTo(generated.evaluations());
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("共 15000 份自评，此处列出最新的 200 份", "href=\"/overview\"");
	}

}
