package io.github.perfeval.evidence;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * With {@code perfeval.evidence.folder} the contents lie in that folder, named by
 * evaluation and file id (never the user's name), the rows in PostgreSQL; a deletion
 * removes the file once it commits.
 */
@PostgresIntegrationTest
@TestPropertySource(properties = "perfeval.evidence.folder=target/evidence-folder-test")
class EvidenceFolderTests {

	static final Path FOLDER = Path.of("target/evidence-folder-test");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	io.github.perfeval.evaluation.EvaluationService evaluations;

	long id;

	@BeforeEach
	void draft() {
		users.reset();
		DepartmentRef luohu = users.department("LH-WJJ", "深圳市罗湖区卫生健康局");
		users.filler("zhangying", luohu);
		id = evaluations.create(luohu.id(), 2024, viewer(), false).id();
	}

	@Test
	void theContentLiesInTheFolderUnderItsIdsAndGoesWithTheDeletion() throws Exception {
		byte[] pdf = EvidenceTestFiles.pdf();
		assertThat(mvc.post()
			.uri("/evaluations/{id}/evidence", id)
			.multipart()
			.file(new MockMultipartFile("file", "../../预算批复.pdf", "application/pdf", pdf))
			.param("leaf", "1.1.1")
			.with(user(accounts.loadUserByUsername("zhangying")))
			.with(csrf())).hasStatus3xxRedirection();
		long evidenceId = jdbc.queryForObject("select id from evidence where evaluation_id = ?", Long.class, id);
		Path file = FOLDER.resolve(String.valueOf(id)).resolve(String.valueOf(evidenceId));
		assertThat(file).exists().hasBinaryContent(pdf);
		assertThat(jdbc.queryForObject("select stored_in from evidence", String.class)).isEqualTo("FOLDER");
		assertThat(jdbc.queryForObject("select count(*) from evidence_content", Long.class)).isZero();
		assertThat(mvc.get()
			.uri("/evaluations/{id}/evidence/{e}", id, evidenceId)
			.with(user(accounts.loadUserByUsername("zhangying")))).hasStatusOk().body().isEqualTo(pdf);

		assertThat(mvc.post()
			.uri("/evaluations/{id}/evidence/{e}/delete", id, evidenceId)
			.with(user(accounts.loadUserByUsername("zhangying")))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(Files.exists(file)).isFalse();
	}

	private io.github.perfeval.account.Viewer viewer() {
		return new io.github.perfeval.account.Viewer("zhangying", "zhangying", io.github.perfeval.account.Role.FILLER,
				java.util.Set.of(jdbc.queryForObject("select id from department where code = 'LH-WJJ'", Long.class)));
	}

}
