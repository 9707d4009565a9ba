package io.github.perfeval.system;

import java.nio.charset.StandardCharsets;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.ApiImports;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The one answer every module gives for what does not exist for the user: another
 * department's evaluation is the same Chinese 404 page on each of its pages, and the same
 * problem detail on each of its API addresses, never its data; an unknown address is
 * 页面不存在, not 没有这份自评.
 */
@PostgresIntegrationTest
class ErrorAnswersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	long luohu;

	@BeforeEach
	void twoDepartments() {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		users.filler("hku-filler", users.department("HKU-SZH", "香港大学深圳医院"));
		this.luohu = ApiImports.imported(mvc, SeedCases.text(SeedCases.LUOHU));
	}

	@Test
	void everyPageOfAnotherDepartmentsEvaluationIsTheSameNotFoundPage() {
		for (String page : new String[] { "", "/sheet", "/goals", "/review", "/history", "/what-if", "/rectification",
				"/rectification/previous" }) {
			MvcTestResult result = get("/evaluations/" + luohu + page);

			assertThat(result).as(page).hasStatus(404);
			assertThat(body(result)).as(page)
				.contains("出错了（404）", "没有这份自评，或您无权查看。")
				.doesNotContain("深圳市罗湖区卫生健康局", "88.18");
		}
		MvcTestResult charts = get("/charts/evaluations/" + luohu);
		assertThat(charts).hasStatus(404);
		assertThat(body(charts)).contains("没有这份自评，或您无权查看。").doesNotContain("深圳市罗湖区卫生健康局");
	}

	@Test
	void everyApiAddressOfItIsTheSameProblemDetail() {
		for (String api : new String[] { "", "/sheet", "/audit", "/evidence", "/sheet.pdf", "/sheet.xlsx",
				"/report.pdf", "/report.docx" }) {
			MvcTestResult result = get("/api/evaluations/" + luohu + api);

			assertThat(result).as(api).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(result).as(api).bodyJson().extractingPath("$.detail").isEqualTo("没有这个自评，或您无权查看");
		}
	}

	@Test
	void aFillerMayNotCancelExportsAnUnknownJobIsNotFoundAndAnUnknownAddressIsNoPage() {
		MvcTestResult refused = cancel("hku-filler");
		assertThat(refused).hasStatus(403);
		assertThat(body(refused)).contains("出错了（403）", "您无权进行此操作。");

		MvcTestResult job = cancel("admin");
		assertThat(job).hasStatus(404);
		assertThat(body(job)).contains("出错了（404）");

		MvcTestResult unknown = get("/evaluations/" + luohu + "/no-such-page");
		assertThat(unknown).hasStatus(404);
		assertThat(body(unknown)).contains("页面不存在").doesNotContain("没有这份自评");
	}

	private MvcTestResult cancel(String username) {
		return mvc.post()
			.uri("/exports/987654/cancel")
			.with(user(accounts.loadUserByUsername(username)))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult get(String uri) {
		return mvc.get().uri(uri).with(user(accounts.loadUserByUsername("hku-filler"))).exchange();
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
