package io.github.perfeval.evaluation.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.evaluation.EvaluationExistsException;
import io.github.perfeval.evaluation.PriorYear;
import io.github.perfeval.evaluation.PriorYears;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.evaluation.EvaluationSummary;
import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.evaluation.FieldError;
import io.github.perfeval.evaluation.NotEditableException;
import io.github.perfeval.evaluation.StaleEvaluationException;
import io.github.perfeval.scoring.Indicator;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The JSON API: score a document, import it, export it, read its scoring sheet; start a
 * year (empty or from the department's latest earlier year, as 新建年度自评 does) and read the
 * earlier year's figures and scores beside an evaluation (as the editor shows them).
 */
@RestController
class EvaluationApiController {

	private final EvaluationService evaluations;

	private final SheetMessages messages;

	private final DepartmentDirectory departments;

	private final PriorYears priorYears;

	/**
	 * The version a read was of, to state in the next act (an override, a return, an
	 * approval).
	 */
	static final String VERSION_HEADER = "Evaluation-Version";

	EvaluationApiController(EvaluationService evaluations, SheetMessages messages, DepartmentDirectory departments,
			PriorYears priorYears) {
		this.evaluations = evaluations;
		this.messages = messages;
		this.departments = departments;
		this.priorYears = priorYears;
	}

	@PostMapping("/api/score")
	SheetJson score(@RequestBody EvaluationDocument document) {
		return SheetJson.of(evaluations.scoreValid(document), messages);
	}

	@PostMapping("/api/evaluations")
	ResponseEntity<SheetJson> importDocument(@RequestBody EvaluationDocument document,
			@RequestParam(defaultValue = "false") boolean confirmFutureYear) {
		EvaluationService.Imported imported = evaluations.importDocument(document, UserAccounts.currentViewer(),
				confirmFutureYear);
		return ResponseEntity.created(URI.create("/api/evaluations/" + imported.evaluation().id()))
			.body(SheetJson.of(imported.scored(), messages));
	}

	/**
	 * An evaluation as the API lists it: where it is, whose, which year, its status and
	 * the {@code version} every act on it states.
	 */
	record EvaluationJson(long id, String departmentCode, String departmentName, int year, EvaluationStatus status,
			long version, String href) {

		static EvaluationJson of(EvaluationSummary summary) {
			return new EvaluationJson(summary.id(), summary.departmentCode(), summary.departmentName(), summary.year(),
					summary.status(), summary.version(), "/api/evaluations/" + summary.id());
		}

	}

	/** What a filler sends to submit: the version read. */
	record SubmitRequest(Long version) {
	}

	/**
	 * A submission that went through, with what the report still lacks (each empty
	 * section and missing signatory, as the editor names them): the API warns, it does
	 * not ask; approval at the last level is refused while a section is empty.
	 */
	record Submitted(EvaluationJson evaluation, List<String> warnings) {
	}

	/** 提交: as the editor's 提交, the warnings in the response. */
	@PostMapping("/api/evaluations/{id}/submit")
	ResponseEntity<?> submit(@PathVariable long id, @RequestBody SubmitRequest request) {
		io.github.perfeval.account.Viewer viewer = UserAccounts.currentViewer();
		List<String> warnings = evaluations.submitWarnings(id, viewer, messages);
		try {
			EvaluationSummary summary = evaluations.submit(id, viewer,
					request.version() == null ? -1 : request.version());
			return ResponseEntity.ok(new Submitted(EvaluationJson.of(summary), warnings));
		}
		catch (StaleEvaluationException | org.springframework.dao.OptimisticLockingFailureException ex) {
			return ResponseEntity.status(org.springframework.http.HttpStatus.CONFLICT)
				.body(java.util.Map.of("errors",
						List.of(new FieldError(null, "version", messages.text("editor.submitStale")))));
		}
		catch (NotEditableException ex) {
			return ResponseEntity.status(org.springframework.http.HttpStatus.CONFLICT)
				.body(java.util.Map.of("errors",
						List.of(new FieldError(null, null, messages.text("editor.cannotSubmit")))));
		}
	}

	/** Which page of the list: bounded here, before any work. */
	record ListQuery(@Parameter(description = "年度，2000 至 2100；不填为所有年度", example = "2025") @Min(value = 2000,
			message = "{violation.yearRange}") @Max(value = 2100, message = "{violation.yearRange}") Integer year,
			@Parameter(description = "第几页，从 1 起", example = "1") @Min(value = 1,
					message = "{api.list.page}") @Max(value = MAX_PAGE, message = "{api.list.page}") Integer page,
			@Parameter(description = "每页条数，1 至 " + MAX_SIZE + "，默认 " + DEFAULT_SIZE, example = "500") @Min(value = 1,
					message = "{api.list.size}") @Max(value = MAX_SIZE, message = "{api.list.size}") Integer size) {

		static final int DEFAULT_SIZE = 500;

		static final int MAX_SIZE = 1000;

		static final int MAX_PAGE = 100_000;

		static final List<String> FIELDS = List.of("year", "page", "size");

		int pageOrFirst() {
			return page == null ? 1 : page;
		}

		int sizeOrDefault() {
			return size == null ? DEFAULT_SIZE : size;
		}

	}

	/**
	 * The evaluations the caller may see, newest year first, then by department code, a
	 * page at a time: how many there are in {@code X-Total-Count}, the next page in
	 * {@code Link} (rel="next").
	 */
	@GetMapping("/api/evaluations")
	@Operation(summary = "可查看的自评列表（分页）",
			description = "按年度从新到旧、部门代码排序；X-Total-Count 为总条数，还有下一页时 Link 头给出其地址（rel=\"next\"）")
	ResponseEntity<?> list(@Valid @ParameterObject ListQuery query, BindingResult invalid) {
		if (invalid.hasErrors()) {
			List<FieldError> errors = invalid.getFieldErrors()
				.stream()
				.sorted(Comparator.comparing(error -> ListQuery.FIELDS.indexOf(error.getField())))
				.map(error -> new FieldError(null, error.getField(), messages.text(error)))
				.toList();
			return ResponseEntity.badRequest().body(Map.of("errors", errors));
		}
		int page = query.pageOrFirst();
		int size = query.sizeOrDefault();
		EvaluationService.Page listed = evaluations.visibleTo(UserAccounts.currentViewer(), query.year(), page, size);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.header("X-Total-Count", String.valueOf(listed.total()));
		if ((long) page * size < listed.total()) {
			String next = UriComponentsBuilder.fromPath("/api/evaluations")
				.queryParamIfPresent("year", Optional.ofNullable(query.year()))
				.queryParam("page", page + 1)
				.queryParam("size", size)
				.build()
				.toUriString();
			response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return response.body(listed.rows().stream().map(EvaluationJson::of).toList());
	}

	/**
	 * The evaluation document; its {@code version} in the {@link #VERSION_HEADER} header.
	 */
	@GetMapping("/api/evaluations/{id}")
	ResponseEntity<EvaluationDocument> export(@PathVariable long id) {
		EvaluationService.Versioned<EvaluationDocument> read = evaluations.exportWithVersion(id,
				UserAccounts.currentViewer());
		return ResponseEntity.ok().header(VERSION_HEADER, String.valueOf(read.version())).body(read.value());
	}

	/**
	 * The 评分表; the evaluation's {@code version} in the {@link #VERSION_HEADER} header.
	 */
	@GetMapping("/api/evaluations/{id}/sheet")
	ResponseEntity<SheetJson> sheet(@PathVariable long id) {
		EvaluationService.Versioned<Scored> read = evaluations.sheetWithVersion(id, UserAccounts.currentViewer());
		return ResponseEntity.ok()
			.header(VERSION_HEADER, String.valueOf(read.version()))
			.body(SheetJson.of(read.value(), messages));
	}

	/**
	 * 新建年度自评 as the page's form: the department by its code, the year, the framework
	 * (none: the default), and the same options; bounded here, before any work.
	 */
	@Schema(description = "新建年度自评：与页面“新建年度自评”相同的选项")
	record StartRequest(
			@Schema(description = "部门代码", example = "LH-WJJ") @NotBlank(
					message = "{api.start.departmentRequired}") @Size(max = 64,
							message = "{api.start.departmentTooLong}") String departmentCode,
			@Schema(description = "年度，2000 至 2100", example = "2025") @NotNull(message = "{home.year.required}") @Min(
					value = 2000, message = "{violation.yearRange}") @Max(value = 2100,
							message = "{violation.yearRange}") Integer year,
			@Schema(description = "指标体系代码；不填为默认指标体系", example = "SZ-COMMON") @Size(max = 64,
					message = "{home.framework.unknown}") String framework,
			@Schema(description = "以本部门上一年度（最近的较早年度）的自评为基础") boolean startFromEarlierYear,
			@Schema(description = "同时沿用其个性指标与分值（须同一指标体系）") boolean copyCustomIndicators,
			@Schema(description = "确认新建当前年度之后的年度") boolean confirmFutureYear) {

		/** The order the refusals are told in: the fields' order. */
		static final List<String> FIELDS = List.of("departmentCode", "year", "framework", "startFromEarlierYear",
				"copyCustomIndicators", "confirmFutureYear");

	}

	@PostMapping("/api/evaluations/start")
	@Operation(summary = "新建年度自评（空白，或以本部门上一年度的自评为基础）",
			description = "与页面“新建年度自评”相同：沿用上年的报告文字、表 1-1 单位、自评表的任务与指标等，不沿用金额、完成情况、三级指标数据、调整得分与审核意见；"
					+ "个性指标与分值仅在 copyCustomIndicators 且同一指标体系时沿用。只能为自己填报的部门新建；已有该年度的自评时 409")
	@ApiResponse(responseCode = "201", description = "已新建；Location 指向新自评",
			content = @Content(schema = @Schema(implementation = EvaluationJson.class)))
	@ApiResponse(responseCode = "409", description = "该部门已有这一年度的自评",
			content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> start(@Valid @RequestBody StartRequest request, BindingResult invalid) {
		if (invalid.hasErrors()) {
			List<FieldError> errors = invalid.getFieldErrors()
				.stream()
				.sorted(Comparator.comparing(error -> StartRequest.FIELDS.indexOf(error.getField())))
				.map(error -> new FieldError(null, error.getField(), error.getDefaultMessage()))
				.toList();
			return ResponseEntity.badRequest().body(Map.of("errors", errors));
		}
		String code = request.departmentCode().strip();
		DepartmentRef department = departments.byCode(code).orElse(null);
		if (department == null) {
			return problem(HttpStatus.FORBIDDEN, messages.text("api.start.unknownDepartment", code));
		}
		try {
			EvaluationSummary created = evaluations.create(department.id(), request.year(), request.framework(),
					UserAccounts.currentViewer(), request.confirmFutureYear(),
					new EvaluationService.Start(request.startFromEarlierYear(), request.copyCustomIndicators()));
			return ResponseEntity.created(URI.create("/api/evaluations/" + created.id()))
				.body(EvaluationJson.of(created));
		}
		catch (EvaluationExistsException ex) {
			// Not the import's 不能重复导入: a start is refused as the page refuses it.
			return problem(HttpStatus.CONFLICT, messages.text("api.start.exists", ex.departmentName(), ex.year()));
		}
	}

	/** One leaf of the earlier year: its final score as stored, its inputs as stored. */
	record PriorLeafJson(@Schema(description = "三级指标代码") String code,
			@Schema(description = "上年最终得分（调整后）；无得分时为 null", example = "0.49") BigDecimal score,
			@Schema(description = "上年填报的数据，与评价文档 indicators 中的写法相同") Map<String, Object> inputs) {
	}

	/** The earlier year of an evaluation, as the editor shows it beside each leaf. */
	record PriorYearJson(@Schema(description = "本自评") long evaluationId,
			@Schema(description = "上年自评；没有时为 null", example = "41") Long priorEvaluationId,
			@Schema(description = "上年年度；没有时为 null", example = "2023") Integer year,
			@Schema(description = "上年自评的地址；没有时为 null") String href,
			@Schema(description = "上年各三级指标，按指标代码排序") List<PriorLeafJson> leaves) {
	}

	@GetMapping("/api/evaluations/{id}/prior-year")
	@ApiResponse(responseCode = "200", description = "上年各三级指标的数据与得分；没有上年自评时 leaves 为空、上年字段为 null",
			content = @Content(schema = @Schema(implementation = PriorYearJson.class)))
	@ApiResponse(responseCode = "404", description = "没有这个自评，或无权查看",
			content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
	@Operation(summary = "上年数据：本部门最近一个较早年度（同一指标体系）的各三级指标数据与得分",
			description = "与编辑页每个指标下的“上年（某年）：…；得分 …”相同，读自上年的评分快照，不重新评分。"
					+ "只能读取自己能查看的自评；没有上年自评（或上年为其他指标体系）时 leaves 为空；无权查看本自评时 404")
	ResponseEntity<PriorYearJson> priorYear(@PathVariable long id) {
		Optional<PriorYear> prior = priorYears.of(id, UserAccounts.currentViewer());
		if (prior.isEmpty()) {
			// The first year, or last year on another framework: nothing beside the
			// leaves.
			return ResponseEntity.ok(new PriorYearJson(id, null, null, null, List.of()));
		}
		PriorYear earlier = prior.get();
		List<PriorLeafJson> leaves = earlier.leaves()
			.values()
			.stream()
			.sorted(Comparator.comparing(PriorYear.Leaf::code, Indicator.CODE_ORDER))
			.map(leaf -> new PriorLeafJson(leaf.code(), leaf.score(), leaf.inputs()))
			.toList();
		return ResponseEntity.ok(new PriorYearJson(id, earlier.evaluationId(), earlier.year(),
				"/api/evaluations/" + earlier.evaluationId(), leaves));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		return ResponseEntity.status(status).body(problem);
	}

}
