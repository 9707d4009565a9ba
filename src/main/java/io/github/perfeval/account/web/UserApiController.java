package io.github.perfeval.account.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.perfeval.account.PasswordRules;
import io.github.perfeval.account.Role;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.UserSummary;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** 用户开通接口: administrators create and list users from scripts. */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "用户管理", description = "仅管理员")
class UserApiController {

	private final UserAccounts accounts;

	private final DepartmentDirectory departments;

	private final PasswordRules passwordRules;

	private final MessageSource messages;

	UserApiController(UserAccounts accounts, DepartmentDirectory departments, PasswordRules passwordRules,
			MessageSource messages) {
		this.accounts = accounts;
		this.departments = departments;
		this.passwordRules = passwordRules;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "列出全部用户（角色、所属部门代码、是否启用）")
	List<UserView> list() {
		Map<Long, String> codes = codes();
		return accounts.all().stream().map(user -> view(user, codes)).toList();
	}

	@GetMapping("/{username}")
	@Operation(summary = "读取一个用户")
	UserView one(@PathVariable String username) {
		return accounts.byUsername(username)
			.map(user -> view(user, codes()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@PostMapping
	@Operation(summary = "新建用户", description = "201，Location 指向新用户；输入有误时 400，列出全部问题")
	@ApiResponse(responseCode = "201", description = "已新建；Location 指向新用户")
	ResponseEntity<UserView> create(@Valid @RequestBody ProvisionUserRequest request, BindingResult invalid) {
		List<ApiFieldError> errors = new ArrayList<>(invalid.getFieldErrors()
			.stream()
			.map(error -> ApiFieldError.of(error.getField(), error.getDefaultMessage()))
			.toList());
		if (!invalid.hasFieldErrors("username") && accounts.exists(request.username())) {
			errors.add(error("username", "admin.user.username.taken"));
		}
		passwordRules.problems(request.username(), request.password())
			.forEach(code -> errors.add(error("password", code)));
		Set<Long> departmentIds = new LinkedHashSet<>();
		for (String code : request.departmentCodes()) {
			Optional<DepartmentRef> department = departments.byCode(code);
			if (department.isPresent()) {
				departmentIds.add(department.get().id());
			}
			else {
				errors.add(ApiFieldError.of("departmentCodes", text("admin.api.department.unknown", code)));
			}
		}
		if (request.role() == Role.FILLER && request.departmentCodes().isEmpty()) {
			errors.add(error("departmentCodes", "admin.user.departments.required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidUserException(errors);
		}
		accounts.create(request.username(), request.password(), request.displayName(), request.role(), departmentIds);
		return ResponseEntity.created(URI.create("/api/admin/users/" + request.username()))
			.body(one(request.username()));
	}

	private Map<Long, String> codes() {
		return departments.all().stream().collect(Collectors.toMap(DepartmentRef::id, DepartmentRef::code));
	}

	private static UserView view(UserSummary user, Map<Long, String> codes) {
		return new UserView(user.username(), user.displayName(), user.role(),
				user.departmentIds().stream().map(codes::get).sorted().toList(), user.enabled(),
				user.mustChangePassword());
	}

	private ApiFieldError error(String field, String code) {
		return ApiFieldError.of(field, text(code));
	}

	private String text(String code, Object... arguments) {
		return messages.getMessage(code, arguments, Locale.SIMPLIFIED_CHINESE);
	}

}
