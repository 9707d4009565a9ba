package io.github.perfeval.account.web;

import java.util.List;

import io.github.perfeval.account.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A user to create through the API; the password is only ever hashed. */
@Schema(description = "新建用户")
record ProvisionUserRequest(
		@Schema(example = "zhangying") @NotBlank(message = "{admin.user.username.required}") @Pattern(
				regexp = "[A-Za-z0-9._-]{3,32}", message = "{admin.user.username.pattern}") String username,
		@Schema(description = "初始密码（至少 10 位）") String password,
		@Schema(example = "张莹") @NotBlank(message = "{admin.user.displayName.required}") @Size(max = 100,
				message = "{admin.user.displayName.size}") String displayName,
		@NotNull(message = "{admin.user.role.required}") Role role,
		@Schema(description = "所属部门的代码；填报人至少一个", example = "[\"LH-WJJ\"]") List<String> departmentCodes) {

	ProvisionUserRequest {
		departmentCodes = departmentCodes == null ? List.of() : List.copyOf(departmentCodes);
		password = password == null ? "" : password;
	}

}
