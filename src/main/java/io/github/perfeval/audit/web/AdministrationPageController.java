package io.github.perfeval.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.perfeval.audit.AdministrationRecord;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.evaluation.SheetMessages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 管理记录 (administrators): every change to users, tokens, login locks and departments,
 * newest first, filterable by user name or department code; values as the pages name them
 * (roles, departments, yes / no).
 */
@Controller
class AdministrationPageController {

	static final int LIMIT = 500;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final AdministrationRecord record;

	private final DepartmentDirectory departments;

	private final SheetMessages messages;

	AdministrationPageController(AdministrationRecord record, DepartmentDirectory departments, SheetMessages messages) {
		this.record = record;
		this.departments = departments;
		this.messages = messages;
	}

	/** A line as the page shows it. */
	record Line(String when, String actor, String action, String subject, String field, String oldValue,
			String newValue) {
	}

	@GetMapping("/admin/history")
	String page(@RequestParam(required = false) String subject, Model model) {
		String wanted = subject == null || subject.isBlank() ? null : subject.strip();
		if (wanted != null && wanted.length() > 200) {
			wanted = wanted.substring(0, 200);
		}
		Map<String, String> names = departments.all()
			.stream()
			.collect(Collectors.toMap(department -> String.valueOf(department.id()), DepartmentRef::name));
		List<Line> lines = record.latest(wanted, LIMIT).stream().map(entry -> {
			Function<String, String> value = raw -> value(entry.field(), raw, names);
			return new Line(WHEN.format(entry.at()), entry.actor(),
					messages.text("admin.history.action." + entry.action()), entry.subject(),
					entry.field() == null ? "" : messages.text("admin.history.field." + entry.field()),
					value.apply(entry.oldValue()), value.apply(entry.newValue()));
		}).toList();
		model.addAttribute("lines", lines);
		model.addAttribute("subject", wanted);
		model.addAttribute("limit", LIMIT);
		return "audit/administration";
	}

	private String value(String field, String raw, Map<String, String> departmentNames) {
		if (raw == null || field == null) {
			return raw;
		}
		switch (field) {
			case "role":
				return messages.text("role." + raw);
			case "departments":
			case "parentId":
				return raw.isEmpty() ? ""
						: Arrays.stream(raw.split(","))
							.map(id -> departmentNames.getOrDefault(id, id))
							.collect(Collectors.joining("、"));
			case "allDepartments":
			case "seesSubUnits":
				return messages.text("admin.history.boolean." + raw);
			case "reviewLevel":
			case "reviewLevels":
				return messages
					.text(field.equals("reviewLevel") ? "review.level." + raw : "admin.history.levels." + raw);
			case "lock":
				return messages.text("admin.history.lock." + raw);
			default:
				return raw;
		}
	}

}
