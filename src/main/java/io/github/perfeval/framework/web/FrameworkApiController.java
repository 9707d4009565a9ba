package io.github.perfeval.framework.web;

import java.net.URI;
import java.util.List;

import io.github.perfeval.framework.FrameworkCatalog;
import io.github.perfeval.framework.FrameworkDocument;
import io.github.perfeval.framework.FrameworkRef;
import io.github.perfeval.framework.FrameworkSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 指标体系 through the JSON API: list them, export a version as the document it came from,
 * import a new framework or the next version of one (administrators only,
 * {@code SecurityConfiguration}).
 */
@RestController
@RequestMapping("/api/frameworks")
@Tag(name = "指标体系", description = "导出任何登录用户可用；导入仅管理员")
class FrameworkApiController {

	private final FrameworkCatalog catalog;

	FrameworkApiController(FrameworkCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(summary = "列出全部指标体系及其版本（保存时间、使用该版本的自评数）")
	List<FrameworkSummary> list() {
		return catalog.summaries();
	}

	@GetMapping("/{code}")
	@Operation(summary = "导出指标体系的最新版本", description = "与 classpath:frameworks/*.json 同一格式，可再导入")
	FrameworkDocument latest(@PathVariable String code) {
		FrameworkRef latest = catalog.latest(code).orElseThrow(() -> new FrameworkNotFoundException(code, null));
		return catalog.document(code, latest.version()).orElseThrow();
	}

	@GetMapping("/{code}/versions/{version}")
	@Operation(summary = "导出指标体系的某一版本")
	FrameworkDocument version(@PathVariable String code, @PathVariable int version) {
		return catalog.document(code, version).orElseThrow(() -> new FrameworkNotFoundException(code, version));
	}

	@PostMapping
	@Operation(summary = "导入指标体系",
			description = "新代码即新指标体系，已有代码即其下一版本（version 可不填，填则须为最新版本加 1）；" + "输入有误时 400，列出全部问题；已有的自评不受影响")
	@ApiResponse(responseCode = "201", description = "已保存；Location 指向新版本")
	ResponseEntity<FrameworkSummary> publish(@RequestBody FrameworkDocument document) {
		FrameworkRef stored = catalog.publish(document);
		FrameworkSummary summary = catalog.summaries()
			.stream()
			.filter(framework -> framework.code().equals(stored.code()))
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/frameworks/" + stored.code() + "/versions/" + stored.version()))
			.body(summary);
	}

}
