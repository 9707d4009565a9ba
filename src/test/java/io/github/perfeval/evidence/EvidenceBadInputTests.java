package io.github.perfeval.evidence;

import java.nio.charset.StandardCharsets;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Whatever arrives at the evidence endpoints — no file, a form that is no upload, ids
 * that are not numbers, a leaf code of 10,000 characters, two files at once — gets a
 * clear answer, never a 500, and stores nothing.
 */
@PostgresIntegrationTest
class EvidenceBadInputTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	long id;

	@BeforeEach
	void draft() throws Exception {
		users.reset();
		users.filler("zhangying", users.department("LH-WJJ", "深圳市罗湖区卫生健康局"));
		MockHttpServletResponse imported = mvc.post()
			.uri("/api/evaluations")
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SeedCases.text(SeedCases.LUOHU))
			.exchange()
			.getResponse();
		String location = imported.getHeader("Location");
		id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void noFileOrAFormThatIsNoUploadIsToldOnThePage() throws Exception {
		assertThat(mvc.post()
			.uri("/evaluations/{id}/evidence", id)
			.multipart()
			.param("leaf", "1.1.1")
			.with(filler())
			.with(csrf())).hasStatus(400).bodyText().contains("1.1.1 预算编制合理性 · 文件：请选择要上传的文件。");
		assertThat(mvc.post().uri("/evaluations/{id}/evidence", id).param("leaf", "1.1.1").with(filler()).with(csrf()))
			.hasStatus(400)
			.bodyText()
			.contains("请选择要上传的文件。");
		assertThat(mvc.post()
			.uri("/api/evaluations/{id}/evidence", id)
			.multipart()
			.with(httpBasic("zhangying", TestUsers.PASSWORD))).hasStatus(400)
			.bodyText()
			.contains("\"field\":\"file\"", "请选择要上传的文件。");
		assertThat(stored()).isZero();
	}

	@Test
	void idsThatAreNotNumbersAndUnknownFilesAreNotFound() {
		assertThat(mvc.get().uri("/evaluations/abc/evidence").with(filler())).hasStatus4xxClientError()
			.bodyText()
			.doesNotContain("系统出现错误");
		assertThat(mvc.get().uri("/evaluations/{id}/evidence/x", id).with(filler())).hasStatus4xxClientError();
		assertThat(mvc.get().uri("/evaluations/{id}/evidence/999999", id).with(filler())).hasStatus(404)
			.bodyText()
			.contains("没有这份自评，或您无权查看。");
		assertThat(mvc.delete()
			.uri("/api/evaluations/{id}/evidence/999999", id)
			.with(httpBasic("zhangying", TestUsers.PASSWORD))).hasStatus(404);
	}

	@Test
	void aLeafCodeOfTenThousandCharactersIsRefusedShort() throws Exception {
		String leaf = "9".repeat(10_000);
		MockHttpServletResponse response = mvc.post()
			.uri("/evaluations/{id}/evidence", id)
			.multipart()
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", EvidenceTestFiles.pdf()))
			.param("leaf", leaf)
			.with(filler())
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("所属指标：没有指标“" + "9".repeat(32) + "”。").doesNotContain("9".repeat(33));
		assertThat(stored()).isZero();
	}

	@Test
	void twoFilesAtOnceStoreTheFirstOnly() {
		assertThat(mvc.post()
			.uri("/evaluations/{id}/evidence", id)
			.multipart()
			.file(new MockMultipartFile("file", "a.pdf", "application/pdf", EvidenceTestFiles.pdf()))
			.file(new MockMultipartFile("file", "b.pdf", "application/pdf", EvidenceTestFiles.pdf()))
			.with(filler())
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(jdbc.queryForList("select file_name from evidence", String.class)).containsExactly("a.pdf");
	}

	private long stored() {
		return jdbc.queryForObject("select count(*) from evidence", Long.class);
	}

	private RequestPostProcessor filler() {
		return user(accounts.loadUserByUsername("zhangying"));
	}

}
