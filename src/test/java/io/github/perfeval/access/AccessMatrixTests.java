package io.github.perfeval.access;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.github.perfeval.account.ApiTokens;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.ReviewService;
import io.github.perfeval.evaluation.web.EditorFormParams;
import io.github.perfeval.framework.FrameworkWorkbooks;
import io.github.perfeval.evidence.EvidenceService;
import io.github.perfeval.evidence.EvidenceTestFiles;
import io.github.perfeval.rectification.RectificationService;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import io.github.perfeval.support.TestUsers;
import jakarta.servlet.RequestDispatcher;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Who may do what, for every endpoint the application serves: each is sent by nobody, by
 * the 填报人 and the 审核人 of 罗湖 and of 香港大学深圳医院 (each reviewer assigned to their department
 * only), by a 审核人 of all departments and by the administrator — against each department's
 * evaluation where the path has one — through the real security chain on PostgreSQL, as
 * session users with the CSRF token. The endpoints come from the application's handler
 * mappings (controllers, springdoc, actuator, the error controller, static resources):
 * one without a row here fails {@link #everyEndpointServedHasARowAndEveryRowAnEndpoint}
 * naming it, and so does a row whose endpoint is gone.
 *
 * <p>
 * Every cell: no 5xx. Refused to nobody: {@code /api/**} is 401, anything else leads to
 * the login page. Refused to a signed-in user: 403 or 404. Refused to someone who may not
 * see the evaluation at all: neither its department's name nor its 综合评分 in the body or a
 * file name (a reviewer refused a filler's act may be shown the evaluation they review).
 * A refused write changes no table. Allowed: not 401, 403 or 404, and what the row says
 * it {@code shows}; an allowed write ({@code POST}, unless {@code readOnly}) did change
 * the database, after which the evaluations are restored for the next cell. And every
 * {@code POST} from the administrator without the CSRF token is 403 and changes nothing.
 *
 * <p>
 * <b>Adding an endpoint</b>: add one line to {@link #endpoints()}, {@code expect(POST,
 * "/evaluations/{id}/evidence", Access.FILLER_OWN)}, with the {@link Access} rule it
 * should have; then, as it needs them, {@code .in(state)} (the state its evaluations must
 * be in for it to act, {@link EvaluationState}), {@code .params(…)}, {@code .json(…)} or
 * {@code .file(…)} (what the request carries) and {@code .shows(…)} (what an allowed
 * response shows: {@code department()}, {@code total()}, {@code file()},
 * {@code notice()}, {@code text(…)}). A path with {@code {id}} under {@code /evaluations}
 * or {@code /api/evaluations} is tried on both departments' evaluations
 * ({@code .perDepartment()} does so for others); the other path variables are filled in
 * by {@link #variable}, or by the row's {@code .variable(…)}.
 */
@PostgresIntegrationTest
class AccessMatrixTests {

	private static final String GET = "GET";

	private static final String POST = "POST";

	private static final String NEW_PASSWORD = "matrix-new-password-2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestUsers users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	ReviewService reviews;

	@Autowired
	EvidenceService evidence;

	@Autowired
	JsonMapper json;

	@Autowired
	RectificationService rectifications;

	@Autowired
	JdbcTemplate jdbc;

	MatrixFixture fixture;

	/** The matrix: one row per endpoint. */
	List<Endpoint> endpoints() {
		return List.of(
				// Evaluations: the home page, the editor, the document, 提交.
				expect(GET, "/", Access.ANY_SIGNED_IN).shows(this::seesItsDepartmentsOnly),
				// The 新建年度自评 form's department search (htmx): the departments one fills
				// in.
				expect(GET, "/evaluations/new/departments", Access.ANY_SIGNED_IN)
					.shows(this::offersTheDepartmentsItFillsInOnly),
				expect(POST, "/evaluations", Access.FILLER_OWN).perDepartment()
					.params(cell -> form("departmentId", cell.departmentId(), "year", 2022))
					.shows(redirectsTo("/evaluations/\\d+")),
				expect(POST, "/evaluations/import", Access.FILLER_OWN).perDepartment()
					.file((cell, uri) -> new MockMultipartFile("file", "import.json", "application/json",
							fixture.seed(cell.department(), 2023, false).getBytes(StandardCharsets.UTF_8)))
					.shows(notice()),
				expect(GET, "/evaluations/{id}", Access.SEES_EVALUATION).shows(department(), total()),
				expect(POST, "/evaluations/{id}", Access.FILLER_OWN).params(this::editorForm).shows(notice()),
				expect(POST, "/evaluations/{id}/preview", Access.SEES_EVALUATION).params(this::editorFormAsStored)
					.readOnly()
					.shows(total()),
				expect(POST, "/evaluations/{id}/custom", Access.FILLER_OWN)
					.params(cell -> form("version", cell.version(), "group", "3.4", "new.name", "群众满意度回访", "new.rule",
							"manual", "new.weight", "1", "w:3.4.2", "5"))
					.shows(notice()),
				expect(POST, "/evaluations/{id}/custom/preview", Access.SEES_EVALUATION)
					.params(cell -> form("version", cell.version(), "group", "3.4", "w:3.4.2", "5"))
					.readOnly()
					.shows(text("各指标分值合计 8 分（应为 9 分）")),
				expect(POST, "/evaluations/{id}/submit", Access.FILLER_OWN).params(this::version).shows(notice()),
				expect(GET, "/evaluations/{id}/document.json", Access.SEES_EVALUATION).shows(file()),
				expect(GET, "/evaluations/{id}/goals", Access.SEES_EVALUATION).shows(department()),
				expect(POST, "/evaluations/{id}/goals", Access.FILLER_OWN)
					.params(cell -> form("version", cell.version(), "unit", "元"))
					.shows(notice()),
				expect(GET, "/evaluations/{id}/template.xlsx", Access.SEES_EVALUATION).shows(file()),
				expect(POST, "/evaluations/{id}/template.xlsx", Access.FILLER_OWN).file(this::template)
					.params(this::version)
					.shows(notice()),
				expect(GET, "/evaluations/{id}/sheet", Access.SEES_EVALUATION).shows(department(), total()),
				expect(GET, "/evaluations/{id}/history", Access.SEES_EVALUATION).shows(department()),
				// 提分测算: seen with the evaluation; the 假设得分 preview saves nothing.
				expect(GET, "/evaluations/{id}/what-if", Access.SEES_EVALUATION).shows(department(), total()),
				expect(POST, "/evaluations/{id}/what-if/preview", Access.SEES_EVALUATION)
					.params(cell -> form("scores[" + MatrixFixture.LEAF + "]", "1"))
					.readOnly()
					.shows(department(), text("按 1 项指标的假设得分")),

				// 统计图表: of the departments one sees, an evaluation's only when one sees
				// it.
				expect(GET, "/charts", Access.ANY_SIGNED_IN).shows(this::chartsOfItsDepartmentsOnly),
				expect(GET, "/charts/evaluations/{id}", Access.SEES_EVALUATION).perDepartment()
					.shows(department(), total(), text("二级指标得分率对比")),

				// 审核.
				expect(GET, "/evaluations/{id}/review", Access.SEES_EVALUATION).in(EvaluationState.SUBMITTED)
					.shows(department()),
				expect(POST, "/evaluations/{id}/review/overrides/{code}", Access.REVIEWER).in(EvaluationState.SUBMITTED)
					.params(cell -> form("version", cell.version(), "score", "1.5", "reason", "采购计划调整已报备"))
					.shows(notice()),
				expect(POST, "/evaluations/{id}/review/comments", Access.REVIEWER).in(EvaluationState.SUBMITTED)
					.params(cell -> form("version", cell.version(), "code", MatrixFixture.LEAF, "text", "请说明"))
					.shows(notice()),
				expect(POST, "/evaluations/{id}/review/return", Access.REVIEWER).in(EvaluationState.SUBMITTED)
					.params(cell -> form("version", cell.version(), "reason", "表 1-1 合计数请核对"))
					.shows(notice()),
				expect(POST, "/evaluations/{id}/review/approve", Access.REVIEWER).in(EvaluationState.SUBMITTED)
					.params(cell -> form("version", cell.version(), "reason", "同意"))
					.shows(notice()),
				expect(POST, "/evaluations/{id}/review/reopen", Access.ADMIN).in(EvaluationState.APPROVED)
					.params(cell -> form("reason", "财政局要求补充佐证"))
					.shows(notice()),
				expect(POST, "/evaluations/{id}/answers/{commentId}", Access.FILLER_OWN)
					.in(EvaluationState.RETURNED_WITH_REMARK)
					.params(cell -> form("text", "年中追加了采购计划，已按程序报批"))
					.shows(notice()),

				// 整改事项: generated by the filler once approved, moved by the filler,
				// confirmed or sent back by a reviewer; the editor's section of the year
				// after.
				expect(GET, "/evaluations/{id}/rectification", Access.SEES_EVALUATION).in(EvaluationState.RECTIFYING)
					.shows(department(), text("整改事项 1", "已完成")),
				expect(POST, "/evaluations/{id}/rectification/generate", Access.FILLER_OWN).in(EvaluationState.APPROVED)
					.shows(notice()),
				expect(POST, "/evaluations/{id}/rectification/{itemId}", Access.FILLER_OWN)
					.in(EvaluationState.RECTIFYING)
					.params(cell -> form("version", fixture.itemVersion(cell.department()), "problem", "采购执行率偏低",
							"measure", "加强采购计划管理", "office", "办公室", "status", "IN_PROGRESS"))
					.shows(notice()),
				expect(POST, "/evaluations/{id}/rectification/{itemId}/confirm", Access.REVIEWER)
					.in(EvaluationState.RECTIFYING)
					.params(cell -> form("version", fixture.itemVersion(cell.department())))
					.shows(notice()),
				expect(POST, "/evaluations/{id}/rectification/{itemId}/return", Access.REVIEWER)
					.in(EvaluationState.RECTIFYING)
					.params(cell -> form("version", fixture.itemVersion(cell.department()), "reason", "佐证不足"))
					.shows(notice()),
				// 整改佐证材料: downloaded with the evaluation, removed by its filler until
				// confirmed.
				expect(GET, "/evaluations/{id}/rectification/{itemId}/evidence/{fileId}", Access.SEES_EVALUATION)
					.in(EvaluationState.RECTIFYING)
					.shows(file()),
				expect(POST, "/evaluations/{id}/rectification/{itemId}/evidence/{fileId}/delete", Access.FILLER_OWN)
					.in(EvaluationState.RECTIFYING)
					.shows(notice()),
				expect(GET, "/evaluations/{id}/rectification/previous", Access.SEES_EVALUATION)
					.in(EvaluationState.RECTIFYING)
					.shows(text("id=\"rect-previous\"")),

				// 佐证材料: seen with the evaluation, changed by its filler while a draft.
				expect(GET, "/evaluations/{id}/evidence", Access.SEES_EVALUATION).shows(department(),
						text("-采购计划.pdf")),
				expect(POST, "/evaluations/{id}/evidence", Access.FILLER_OWN).file(this::evidenceFile)
					.params(cell -> form("leaf", MatrixFixture.LEAF))
					.shows(notice()),
				expect(GET, "/evaluations/{id}/evidence/{evidenceId}", Access.SEES_EVALUATION).shows(file()),
				expect(POST, "/evaluations/{id}/evidence/{evidenceId}/delete", Access.FILLER_OWN).shows(notice()),
				expect(GET, "/api/evaluations/{id}/evidence", Access.SEES_EVALUATION)
					.shows(text("\"leafCode\":\"2.1.1\"", "-采购计划.pdf")),
				expect(POST, "/api/evaluations/{id}/evidence", Access.FILLER_OWN).file(this::evidenceFile)
					.params(cell -> form("leafCode", MatrixFixture.LEAF))
					.shows(created("/api/evaluations/\\d+/evidence/\\d+")),
				expect(GET, "/api/evaluations/{id}/evidence/{evidenceId}", Access.SEES_EVALUATION).shows(file()),
				expect("DELETE", "/api/evaluations/{id}/evidence/{evidenceId}", Access.FILLER_OWN).shows(status(204)),

				// The JSON API.
				expect(POST, "/api/score", Access.ANY_SIGNED_IN).readOnly()
					.json(cell -> SeedCases.text(SeedCases.HKU))
					.shows(text("\"total\":96.60")),
				expect(POST, "/api/evaluations", Access.FILLER_OWN).perDepartment()
					.json(cell -> fixture.seed(cell.department(), 2023, false))
					.shows(created("/api/evaluations/\\d+")),
				expect(GET, "/api/evaluations", Access.ANY_SIGNED_IN).shows(this::listsItsEvaluationsOnly),
				expect(GET, "/api/evaluations/{id}", Access.SEES_EVALUATION).shows(department()),
				expect(GET, "/api/evaluations/{id}/sheet", Access.SEES_EVALUATION).shows(total()),
				expect(GET, "/api/evaluations/{id}/audit", Access.SEES_EVALUATION).shows(text("\"action\":\"导入\"")),
				expect(GET, "/api/evaluations/{id}/prior-year", Access.SEES_EVALUATION)
					.shows(text("\"priorEvaluationId\":null", "\"leaves\":[]")),
				expect(POST, "/api/evaluations/start", Access.FILLER_OWN).perDepartment()
					.json(cell -> "{\"departmentCode\": \"" + cell.department().code + "\", \"year\": 2022}")
					.shows(created("/api/evaluations/\\d+")),
				expect(GET, "/api/evaluations/{id}/sheet.pdf", Access.SEES_EVALUATION).shows(file()),
				expect(GET, "/api/evaluations/{id}/sheet.xlsx", Access.SEES_EVALUATION).shows(file()),
				expect(GET, "/api/evaluations/{id}/report.pdf", Access.SEES_EVALUATION).shows(file()),
				expect(GET, "/api/evaluations/{id}/report.docx", Access.SEES_EVALUATION).shows(file()),
				expect(GET, "/api/evaluations/{id}/problems-draft", Access.SEES_EVALUATION)
					.shows(text("存在问题：", "改进措施：下一步，将")),
				expect(POST, "/api/evaluations/{id}/submit", Access.FILLER_OWN)
					.json(cell -> "{\"version\": " + cell.version() + "}")
					.shows(text("\"status\":\"SUBMITTED\"", "\"warnings\":[]")),
				expect(POST, "/api/evaluations/{id}/overrides/{code}", Access.REVIEWER).in(EvaluationState.SUBMITTED)
					.json(cell -> act(cell, "\"score\": 1.5, \"reason\": \"采购计划调整已报备\""))
					.shows(department()),
				expect(POST, "/api/evaluations/{id}/return", Access.REVIEWER).in(EvaluationState.SUBMITTED)
					.json(cell -> act(cell, "\"reason\": \"表 1-1 合计数请核对\""))
					.shows(text("\"status\":\"RETURNED\"")),
				expect(POST, "/api/evaluations/{id}/approve", Access.REVIEWER).in(EvaluationState.SUBMITTED)
					.json(cell -> act(cell, "\"reason\": \"同意\""))
					.shows(text("\"status\":\"APPROVED\"")),
				expect(POST, "/api/evaluations/{id}/reopen", Access.ADMIN).in(EvaluationState.APPROVED)
					.json(cell -> "{\"reason\": \"财政局要求补充佐证\"}")
					.shows(text("\"status\":\"RETURNED\"")),

				// 指标体系: read by anyone signed in, imported by administrators.
				expect(GET, "/api/frameworks", Access.ANY_SIGNED_IN)
					.shows(text("\"code\":\"SZ-COMMON\"", "\"latestVersion\":1")),
				expect(GET, "/api/frameworks/{code}", Access.ANY_SIGNED_IN).variable("code", cell -> "SZ-COMMON")
					.shows(text("\"code\":\"SZ-COMMON\"", "预算编制合理性")),
				expect(GET, "/api/frameworks/{code}/versions/{version}", Access.ANY_SIGNED_IN)
					.variable("code", cell -> "SZ-COMMON")
					.variable("version", cell -> 1)
					.shows(text("\"version\":1", "预算编制合理性")),
				expect(POST, "/api/frameworks", Access.ADMIN).json(cell -> MatrixFixture.framework())
					.shows(created("/api/frameworks/" + MatrixFixture.FRAMEWORK + "/versions/\\d+"),
							text("\"code\":\"" + MatrixFixture.FRAMEWORK + "\"")),
				// 指标体系 as Excel: downloaded like the JSON, imported by administrators.
				expect(GET, "/api/frameworks/{code}/workbook", Access.ANY_SIGNED_IN)
					.variable("code", cell -> "SZ-COMMON")
					.shows(frameworkWorkbook()),
				expect(GET, "/api/frameworks/{code}/versions/{version}/workbook", Access.ANY_SIGNED_IN)
					.variable("code", cell -> "SZ-COMMON")
					.variable("version", cell -> 1)
					.shows(frameworkWorkbook()),
				expect(POST, "/api/frameworks/workbook", Access.ADMIN).file(this::frameworkWorkbook)
					.shows(created("/api/frameworks/" + MatrixFixture.FRAMEWORK + "/versions/\\d+")),
				expect(GET, "/admin/frameworks/workbook", Access.ADMIN).shows(text("SZ-COMMON", "下载最新版 Excel")),
				expect(POST, "/admin/frameworks/workbook", Access.ADMIN).file(this::frameworkWorkbook).shows(notice()),

				// 指标体系管理 (administrators): the list, a version, drafts.
				expect(GET, "/admin/frameworks", Access.ADMIN).shows(text("SZ-COMMON", "复制为新版本")),
				expect(GET, "/admin/frameworks/{code}/versions/{version}", Access.ADMIN)
					.variable("code", cell -> "SZ-COMMON")
					.variable("version", cell -> 1)
					.shows(text("预算编制合理性", "合计 100 分")),
				expect(POST, "/admin/frameworks/drafts", Access.ADMIN)
					.params(cell -> form("source", "SZ-COMMON:1", "asFramework", true, "newCode", "MATRIX-COPY",
							"newName", "矩阵复制"))
					.shows(redirectsTo("/admin/frameworks/drafts/\\d+")),
				expect(GET, "/admin/frameworks/drafts/{id}", Access.ADMIN).shows(text("编辑草稿", "复制自 SZ-COMMON 第 1 版")),
				expect(POST, "/admin/frameworks/drafts/{id}", Access.ADMIN)
					.params(cell -> form("version", fixture.draftVersion(), "op", "save", "values[/region]",
							"矩阵 " + System.nanoTime()))
					.shows(redirectsTo("/admin/frameworks/drafts/\\d+")),
				expect(POST, "/admin/frameworks/drafts/{id}/delete", Access.ADMIN)
					.params(cell -> form("version", fixture.draftVersion()))
					.shows(redirectsTo("/admin/frameworks")),

				// 总览: everybody signed in, each seeing the departments they may (a year
				// per
				// department: each seed's).
				expect(GET, "/overview", Access.ANY_SIGNED_IN).perDepartment()
					.params(cell -> form("year", cell.department().year))
					.shows(this::overviewShowsItsDepartmentsOnly),

				// 单位类型 (administrators).
				expect(POST, "/admin/department-types", Access.ADMIN).params(cell -> form("name", "矩阵新类型"))
					.shows(notice()),
				expect(POST, "/admin/department-types/{id}", Access.ADMIN).variable("id", cell -> fixture.typeId())
					.params(cell -> form("name", "矩阵改名类型"))
					.shows(notice()),

				// 用户与部门 (administrators).
				expect(GET, "/admin", Access.ADMIN)
					.shows(text(MatrixFixture.SPARE_USER, MatrixFixture.LOCKED_USERNAME)),
				expect(POST, "/admin/users", Access.ADMIN)
					.params(cell -> form("username", "matrix-new", "displayName", "新用户", "role", "FILLER",
							"departmentIds", fixture.departmentId(Department.LUOHU), "password", NEW_PASSWORD))
					.shows(notice()),
				expect(POST, "/admin/departments", Access.ADMIN)
					.params(cell -> form("code", "MATRIX-NEW", "name", "矩阵新单位"))
					.shows(notice()),
				expect(GET, "/admin/users/{username}", Access.ADMIN).shows(text(MatrixFixture.SPARE_USER)),
				expect(GET, "/admin/history", Access.ADMIN).shows(text("管理记录", MatrixFixture.SPARE_USER)),
				expect(POST, "/admin/users/{username}", Access.ADMIN)
					.params(cell -> form("displayName", "改过的名字", "role", "FILLER", "departmentIds",
							fixture.departmentId(Department.LUOHU)))
					.shows(notice()),
				expect(POST, "/admin/users/{username}/enabled", Access.ADMIN).params(cell -> form("enabled", false))
					.shows(notice()),
				expect(POST, "/admin/users/{username}/password", Access.ADMIN)
					.params(cell -> form("password", NEW_PASSWORD))
					.shows(notice()),
				expect(GET, "/admin/departments/{id}", Access.ADMIN).shows(text(MatrixFixture.SPARE_DEPARTMENT)),
				expect(POST, "/admin/departments/{id}", Access.ADMIN)
					.params(cell -> form("name", "矩阵改名单位", "reviewLevels", 2))
					.shows(notice()),
				expect(POST, "/admin/login-locks/unlock", Access.ADMIN)
					.params(cell -> form("kind", "ACCOUNT", "key", MatrixFixture.LOCKED_USERNAME))
					.shows(notice()),
				expect(GET, "/api/admin/users", Access.ADMIN).shows(text(MatrixFixture.SPARE_USER)),
				expect(GET, "/api/admin/users/{username}", Access.ADMIN).shows(text(MatrixFixture.SPARE_USER)),
				expect(POST, "/api/admin/users", Access.ADMIN)
					.json(cell -> "{\"username\": \"matrix-api\", \"password\": \"" + NEW_PASSWORD
							+ "\", \"displayName\": \"接口用户\", \"role\": \"REVIEWER\", \"departmentCodes\": []}")
					.shows(text("\"username\":\"matrix-api\"")),

				// 批量导出 (审核人, administrators): a job is seen by who requested it and by
				// administrators.
				expect(GET, "/exports", Access.EXPORTER).shows(text("批量导出年度结果", "开始导出")),
				expect(GET, "/exports/jobs", Access.EXPORTER).shows(this::listsOwnExportsOnly),
				expect(POST, "/exports", Access.EXPORTER).params(cell -> form("kind", "RESULTS_XLSX", "year", 2024))
					.shows(notice()),
				expect(POST, "/exports/{id}/cancel", Access.OWN_EXPORT).perAccount().shows(notice()),
				expect(GET, "/exports/{id}/download", Access.OWN_EXPORT).perAccount()
					.shows((cell, response) -> assertThat(response.fileName()).as(cell + " downloads")
						.isEqualTo("2024-绩效自评结果汇总.xlsx")),

				// One's own account.
				expect(GET, "/login", Access.PUBLIC).shows(text("登录")),
				expect(GET, "/account/password", Access.ANY_SIGNED_IN).shows(text("修改密码")),
				expect(POST, "/account/password", Access.ANY_SIGNED_IN)
					.params(cell -> form("currentPassword",
							cell.actor() == Actor.ADMIN ? TestUsers.ADMIN_PASSWORD : TestUsers.PASSWORD, "newPassword",
							NEW_PASSWORD, "confirmation", NEW_PASSWORD))
					.shows(notice()),
				expect(GET, "/account/tokens", Access.ANY_SIGNED_IN).shows(this::listsOwnTokensOnly),
				expect(POST, "/account/tokens", Access.ANY_SIGNED_IN).params(cell -> form("name", "脚本"))
					.shows(redirectsTo("/account/tokens")),
				expect(POST, "/account/tokens/{id}/revoke", Access.OWN_ACCOUNT).perAccount().shows(notice()),

				// The OpenAPI document and Swagger UI.
				expect(GET, "/v3/api-docs", Access.ANY_SIGNED_IN).shows(text("/api/evaluations/{id}/sheet")),
				expect(GET, "/v3/api-docs.yaml", Access.ANY_SIGNED_IN).shows(text("/api/evaluations/{id}/sheet")),
				expect(GET, "/v3/api-docs/swagger-config", Access.ANY_SIGNED_IN).shows(text("/v3/api-docs")),
				expect(GET, "/swagger-ui.html", Access.ANY_SIGNED_IN).shows(redirectsTo(".*/swagger-ui/index.html")),
				expect(GET, "/swagger-ui/**", Access.ANY_SIGNED_IN).sample("/swagger-ui/swagger-ui.css")
					.shows(text(".swagger-ui")),
				expect(GET, "/swagger-ui/*index.html", Access.ANY_SIGNED_IN).sample("/swagger-ui/index.html")
					.shows(text("swagger-initializer.js")),
				expect(GET, "/swagger-ui/*swagger-initializer.js", Access.ANY_SIGNED_IN)
					.sample("/swagger-ui/swagger-initializer.js")
					.shows(text("/v3/api-docs/swagger-config")),
				// The same files under /webjars/**, which is public: Swagger UI's own
				// files hold no data (the document it shows needs a login).
				expect(GET, "/webjars/*swagger-ui/**", Access.PUBLIC).sample("/webjars/swagger-ui/swagger-ui.css")
					.shows(text(".swagger-ui")),
				expect(GET, "/webjars/*swagger-ui/*index.html", Access.PUBLIC).sample("/webjars/swagger-ui/index.html")
					.shows(text("swagger-initializer.js")),
				expect(GET, "/webjars/*swagger-ui/*swagger-initializer.js", Access.PUBLIC)
					.sample("/webjars/swagger-ui/swagger-initializer.js")
					.shows(text("/v3/api-docs/swagger-config")),
				expect(GET, "/webjars/*swagger-ui/{version}/*index.html", Access.PUBLIC)
					.sample("/webjars/swagger-ui/{version}/index.html")
					.shows(text("swagger-initializer.js")),
				expect(GET, "/webjars/*swagger-ui/{version}/*swagger-initializer.js", Access.PUBLIC)
					.sample("/webjars/swagger-ui/{version}/swagger-initializer.js")
					.shows(text("/v3/api-docs/swagger-config")),

				// Actuator, errors, static files.
				expect(GET, "/actuator", Access.ANY_SIGNED_IN).shows(text("_links")),
				expect(GET, "/actuator/health", Access.PUBLIC).shows(text("\"status\":\"UP\"")),
				expect(GET, "/actuator/health/**", Access.PUBLIC).sample("/actuator/health/db")
					.shows(text("\"status\":\"UP\"")),
				// Reached by the container's error dispatch, here as for an upload over
				// the limit.
				expect(Endpoint.ANY, "/error", Access.PUBLIC)
					.request((cell, request) -> request.accept(MediaType.TEXT_HTML)
						.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 413)
						.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/evaluations/import"))
					.shows(text("文件不超过 25 MB")),
				expect(GET, "/webjars/**", Access.PUBLIC).sample("/webjars/htmx.org/dist/htmx.min.js")
					.shows(text("htmx")),
				expect(GET, "/**", Access.PUBLIC).sample("/css/app.css").shows(text("{")));
	}

	@AfterEach
	void administratorPasswordAsTheOtherTestsKnowItAndNoCopiesLeft() {
		if (fixture != null) {
			fixture.cleanUp();
		}
	}

	@Test
	void everyEndpointServedHasARowAndEveryRowAnEndpoint() {
		Set<String> served = served();
		Set<String> rows = new TreeSet<>();
		List<String> problems = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			if (!rows.add(endpoint.key())) {
				problems.add(endpoint.key() + " has two rows in AccessMatrixTests.endpoints()");
			}
		}
		served.stream()
			.filter(key -> !rows.contains(key))
			.forEach(key -> problems.add(key + " has no row: add expect(" + key.replaceFirst(" ", ", \"")
					+ "\", Access.…) to AccessMatrixTests.endpoints()"));
		rows.stream()
			.filter(key -> !served.contains(key))
			.forEach(key -> problems.add(key + " has a row in AccessMatrixTests.endpoints() but is not served"));
		assertThat(problems).as("endpoints served against the rows of the access matrix").isEmpty();
	}

	@TestFactory
	Stream<DynamicContainer> everyActorOnEveryEndpoint() {
		fixture = new MatrixFixture(users, tokens, evaluations, reviews, evidence, json, jdbc, rectifications);
		fixture.people();
		List<Endpoint> rows = new ArrayList<>(endpoints());
		// One set-up per state rather than per row; the table keeps its reading order.
		rows.sort((a, b) -> a.state.compareTo(b.state));
		return rows.stream().map(endpoint -> DynamicContainer.dynamicContainer(endpoint.toString(), cells(endpoint)));
	}

	private Stream<DynamicTest> cells(Endpoint endpoint) {
		List<DynamicTest> tests = new ArrayList<>();
		for (Target target : endpoint.targets()) {
			for (Actor actor : Actor.values()) {
				Cell cell = new Cell(actor, target, fixture);
				String verdict = endpoint.access.allows(actor, target) ? "allowed" : "refused";
				tests.add(DynamicTest.dynamicTest(cell + ": " + verdict, () -> run(endpoint, cell, true)));
			}
		}
		if (POST.equals(endpoint.method)) {
			Cell cell = new Cell(Actor.ADMIN, endpoint.targets().get(0), fixture);
			tests.add(DynamicTest.dynamicTest(cell + " without the CSRF token: refused",
					() -> run(endpoint, cell, false)));
		}
		return tests.stream();
	}

	private void run(Endpoint endpoint, Cell cell, boolean withCsrfToken) throws Exception {
		fixture.prepare(endpoint.state);
		String uri = endpoint.uri(cell, (name, c) -> variable(endpoint, name, c));
		AbstractMockHttpServletRequestBuilder<?> request = endpoint.build(cell, uri);
		if (cell.actor() != Actor.ANONYMOUS) {
			request.with(user(accounts.loadUserByUsername(cell.actor().username)));
		}
		boolean write = !GET.equals(endpoint.method) && !Endpoint.ANY.equals(endpoint.method);
		if (write && withCsrfToken) {
			request.with(csrf());
		}
		List<String> before = write ? fixture.fingerprint() : List.of();
		Endpoint.Response response = response(mvc.perform(request));
		List<String> after = write ? fixture.fingerprint() : List.of();
		if (write) {
			fixture.noteChanges(before, after);
		}
		String what = endpoint.key() + " as " + cell + " (" + uri + ")";
		boolean allowed = withCsrfToken && endpoint.access.allows(cell.actor(), cell.target());

		assertThat(response.status()).as(what + ": no server error").isLessThan(500);
		if (!withCsrfToken) {
			assertThat(response.status()).as(what + ": without the CSRF token, refused").isEqualTo(403);
		}
		if (!allowed) {
			if (cell.actor() == Actor.ANONYMOUS) {
				if (endpoint.isApi()) {
					assertThat(response.status()).as(what + ": anonymous API call").isEqualTo(401);
				}
				else {
					assertThat(response.redirect()).as(what + ": anonymous page leads to the login page")
						.endsWith("/login");
				}
			}
			else {
				assertThat(response.status()).as(what + ": refused").isIn(403, 404);
			}
			if (cell.target().department != null && !Access.SEES_EVALUATION.allows(cell.actor(), cell.target())) {
				Department department = cell.target().department;
				assertThat(response.body() + " " + response.fileName()).as(what + ": refused, shows nothing of it")
					.doesNotContain(department.name, department.total);
			}
			assertThat(after).as(what + ": refused, changes nothing").isEqualTo(before);
			return;
		}
		assertThat(response.status()).as(what + ": allowed").isNotIn(401, 403, 404);
		if (response.redirect() != null) {
			assertThat(response.redirect()).as(what + ": allowed, not sent to the login page").doesNotEndWith("/login");
		}
		endpoint.shows.check(cell, response);
		if (!endpoint.readOnly) {
			assertThat(after).as(what + ": allowed, acted").isNotEqualTo(before);
		}
	}

	/** The value of a path variable: the cell's evaluation, the spare user … */
	private Object variable(Endpoint endpoint, String name, Cell cell) {
		return switch (name) {
			case "id" -> {
				if (endpoint.pattern.startsWith("/admin/departments/")) {
					yield fixture.spareDepartmentId();
				}
				if (endpoint.pattern.startsWith("/admin/frameworks/drafts/")) {
					yield fixture.draftId();
				}
				if (endpoint.pattern.startsWith("/exports/")) {
					yield fixture.exportJobId(cell.actor(), cell.target(), endpoint.pattern.endsWith("/cancel"));
				}
				if (endpoint.pattern.startsWith("/account/tokens/")) {
					yield fixture.tokenId(cell.actor(), cell.target());
				}
				yield cell.evaluationId();
			}
			case "code" -> MatrixFixture.LEAF;
			case "commentId" -> fixture.remarkId(cell.department());
			case "evidenceId" -> fixture.evidenceId(cell.department());
			case "itemId" -> fixture.itemId(cell.department());
			case "fileId" -> fixture.itemEvidenceId(cell.department());
			case "username" -> MatrixFixture.SPARE_USER;
			case "version" -> context.getBean(SwaggerUiConfigProperties.class).getVersion();
			default -> throw new IllegalStateException(
					"No value for {" + name + "} of " + endpoint.key() + ": add it to AccessMatrixTests.variable");
		};
	}

	/**
	 * Every (method, path pattern) the application serves: its request mappings (the
	 * controllers, springdoc's, the error controller, the actuator's) and its URL
	 * mappings (static resources, WebJars, Swagger UI). A version in a path (Swagger UI's
	 * WebJar) reads {@code {version}}, so that an upgrade needs no new row.
	 */
	private Set<String> served() {
		Set<String> keys = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().keySet().forEach(info -> {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String path : info.getPatternValues()) {
					if (methods.isEmpty()) {
						keys.add(Endpoint.ANY + " " + path);
					}
					methods.forEach(method -> keys.add(method.name() + " " + path));
				}
			});
		}
		for (AbstractUrlHandlerMapping mapping : context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
			mapping.getHandlerMap().keySet().forEach(path -> keys.add(GET + " " + path));
		}
		return keys.stream()
			.map(key -> key.replaceAll("/\\d+(\\.\\d+)+/", "/{version}/"))
			.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
	}

	private static Endpoint expect(String method, String pattern, Access access) {
		return new Endpoint(method, pattern, access);
	}

	private static Endpoint.Response response(MvcTestResult result) throws Exception {
		MockHttpServletResponse response = result.getResponse();
		String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
		String fileName = disposition == null ? "" : ContentDisposition.parse(disposition).getFilename();
		return new Endpoint.Response(result, response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
				fileName, response.getRedirectedUrl());
	}

	// What a request carries.

	private static MultiValueMap<String, String> form(Object... namesAndValues) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.add((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
		}
		return form;
	}

	private MultiValueMap<String, String> version(Cell cell) {
		return form("version", cell.version());
	}

	/** The editor's form as the page posts it, with one amount changed. */
	private MultiValueMap<String, String> editorForm(Cell cell) {
		MultiValueMap<String, String> form = editorFormAsStored(cell);
		form.set("in:2.1.1:actualAmount", "3000");
		return form;
	}

	/** The editor's form as the page posts it, unchanged. */
	private MultiValueMap<String, String> editorFormAsStored(Cell cell) {
		MultiValueMap<String, String> form = EditorFormParams.of(SeedCases
			.read(json.writeValueAsString(evaluations.export(cell.evaluationId(), MatrixFixture.administrator()))));
		form.set("version", cell.version());
		return form;
	}

	/** The Excel template of the cell's evaluation as the administrator downloads it. */
	private MockMultipartFile template(Cell cell, String uri) {
		MvcTestResult download = mvc.get().uri(uri).with(user(accounts.loadUserByUsername("admin"))).exchange();
		assertThat(download.getResponse().getStatus()).as("the template of " + cell.target()).isEqualTo(200);
		return new MockMultipartFile("file", "template.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				download.getResponse().getContentAsByteArray());
	}

	/** SZ-COMMON's workbook with the matrix's framework code and no version. */
	private MockMultipartFile frameworkWorkbook(Cell cell, String uri) {
		byte[] exported = context.getBean(FrameworkWorkbooks.class).export("SZ-COMMON", 1).orElseThrow().content();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			workbook.getSheet("基本信息").getRow(1).getCell(2).setCellValue(MatrixFixture.FRAMEWORK);
			// No version: the next one, as often as the matrix imports it.
			workbook.getSheet("基本信息").getRow(2).getCell(2).setBlank();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return new MockMultipartFile("file", "指标体系.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A framework workbook, named for the framework. */
	private static Endpoint.Shows frameworkWorkbook() {
		return (cell, response) -> assertThat(response.fileName()).as(cell + " downloads")
			.startsWith("深圳市部门整体支出绩效评价共性指标体系框架-SZ-COMMON-第1版");
	}

	private MockMultipartFile evidenceFile(Cell cell, String uri) {
		return new MockMultipartFile("file", "审核佐证.pdf", "application/pdf", EvidenceTestFiles.pdf());
	}

	private static Endpoint.Shows status(int status) {
		return (cell, response) -> assertThat(response.status()).as(cell + " answers").isEqualTo(status);
	}

	private static String act(Cell cell, String fields) {
		return "{\"version\": " + cell.version() + ", " + fields + "}";
	}

	// What an allowed response shows.

	private static Endpoint.Shows text(String... parts) {
		return (cell, response) -> assertThat(response.body()).as(cell + " sees").contains(parts);
	}

	/** The department name of the cell's evaluation. */
	private static Endpoint.Shows department() {
		return (cell, response) -> assertThat(response.body()).as(cell + " sees").contains(cell.department().name);
	}

	/** The 综合评分 of the cell's evaluation. */
	private static Endpoint.Shows total() {
		return (cell, response) -> assertThat(response.body()).as(cell + " sees").contains(cell.department().total);
	}

	/** A download named after the cell's department. */
	private static Endpoint.Shows file() {
		return (cell, response) -> assertThat(response.fileName()).as(cell + " downloads")
			.startsWith(cell.department().name);
	}

	/** Post / redirect / get with a notice and no error: the act was done. */
	private static Endpoint.Shows notice() {
		return (cell, response) -> {
			assertThat(response.status()).as(cell + " is redirected").isEqualTo(302);
			assertThat((java.util.Map<String, Object>) response.result().getMvcResult().getFlashMap())
				.as(cell + " is told")
				.containsKey("notice")
				.doesNotContainKey("error");
		};
	}

	/** 201 with the new resource's address. */
	private static Endpoint.Shows created(String regex) {
		return (cell, response) -> {
			assertThat(response.status()).as(cell + " creates").isEqualTo(201);
			assertThat(response.result().getResponse().getHeader(HttpHeaders.LOCATION)).as(cell + " is told where")
				.matches(regex);
		};
	}

	private static Endpoint.Shows redirectsTo(String regex) {
		return (cell, response) -> assertThat(response.redirect()).as(cell + " is redirected").matches(regex);
	}

	/**
	 * The home page lists the evaluations of the departments the actor sees, and offers
	 * to start or import one only where the actor may.
	 */
	/** The year charts offer the years of the departments one sees, and no other. */
	private void chartsOfItsDepartmentsOnly(Cell cell, Endpoint.Response response) {
		assertThat(response.body()).as(cell + " sees the charts").contains("年度评分等级分布", "年度三级指标平均扣分");
		for (Department department : Department.values()) {
			Target target = department == Department.LUOHU ? Target.LUOHU : Target.HKU;
			assertThat(response.body().contains("<option value=\"" + department.year + "\""))
				.as(cell + " has the charts of " + department.year + " (" + department.name + ")")
				.isEqualTo(Access.SEES_EVALUATION.allows(cell.actor(), target));
		}
	}

	private void overviewShowsItsDepartmentsOnly(Cell cell, Endpoint.Response response) {
		Department department = cell.department();
		long evaluation = fixture.evaluationId(department);
		String row = "href=\"/evaluations/" + evaluation + "\">" + department.name + "</a>";
		assertThat(response.body().contains(row)).as(cell + " sees " + department.name + " on the overview")
			.isEqualTo(Access.SEES_EVALUATION.allows(cell.actor(), cell.target()));
		for (Department other : Department.values()) {
			if (other != department) {
				assertThat(response.body()).as(cell + " of another year").doesNotContain(other.name);
			}
		}
	}

	private void offersTheDepartmentsItFillsInOnly(Cell cell, Endpoint.Response response) {
		for (Department department : Department.values()) {
			Target target = department == Department.LUOHU ? Target.LUOHU : Target.HKU;
			String option = "<option value=\"" + fixture.departmentId(department) + "\">" + department.name
					+ "</option>";
			assertThat(response.body().contains(option)).as(cell + " may start an evaluation of " + department.name)
				.isEqualTo(Access.FILLER_OWN.allows(cell.actor(), target));
		}
		assertThat(response.body()).as(cell + ": the choice alone").doesNotContain("<html");
	}

	private void seesItsDepartmentsOnly(Cell cell, Endpoint.Response response) {
		for (Department department : Department.values()) {
			Target target = department == Department.LUOHU ? Target.LUOHU : Target.HKU;
			String row = "<td>" + department.name + "</td>";
			String option = "<option value=\"" + fixture.departmentId(department) + "\">" + department.name
					+ "</option>";
			assertThat(response.body().contains(row)).as(cell + " sees " + department.name)
				.isEqualTo(Access.SEES_EVALUATION.allows(cell.actor(), target));
			assertThat(response.body().contains(option)).as(cell + " may start an evaluation of " + department.name)
				.isEqualTo(Access.FILLER_OWN.allows(cell.actor(), target));
		}
		assertThat(response.body().contains("/evaluations/import")).as(cell + " may import")
			.isEqualTo(cell.actor().role != io.github.perfeval.account.Role.REVIEWER);
	}

	private void listsItsEvaluationsOnly(Cell cell, Endpoint.Response response) {
		for (Department department : Department.values()) {
			Target target = department == Department.LUOHU ? Target.LUOHU : Target.HKU;
			assertThat(response.body().contains("\"departmentName\":\"" + department.name + "\""))
				.as(cell + " lists " + department.name)
				.isEqualTo(Access.SEES_EVALUATION.allows(cell.actor(), target));
		}
	}

	/** The administrator's list has everybody's jobs, a reviewer's their own only. */
	private void listsOwnExportsOnly(Cell cell, Endpoint.Response response) {
		assertThat(response.body().contains("id=\"job-" + fixture.spareExportJobId() + "\""))
			.as(cell + " lists the spare user's job")
			.isEqualTo(cell.actor() == Actor.ADMIN);
	}

	private void listsOwnTokensOnly(Cell cell, Endpoint.Response response) {
		assertThat(response.body()).as(cell + " sees their tokens")
			.contains(MatrixFixture.tokenName(cell.actor().username))
			.doesNotContain(MatrixFixture.tokenName(MatrixFixture.SPARE_USER));
	}

}
