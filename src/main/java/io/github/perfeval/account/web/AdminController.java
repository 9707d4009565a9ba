package io.github.perfeval.account.web;

import java.util.LinkedHashSet;
import java.util.List;

import io.github.perfeval.account.AccountRuleException;
import io.github.perfeval.account.PasswordRules;
import io.github.perfeval.account.Role;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.account.UserSummary;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.department.DepartmentTypeRef;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户与部门: the administrator creates departments (下属单位 too) and the people who use them.
 */
@Controller
class AdminController {

	private final UserAccounts accounts;

	private final DepartmentDirectory departments;

	private final PasswordRules passwordRules;

	AdminController(UserAccounts accounts, DepartmentDirectory departments, PasswordRules passwordRules) {
		this.accounts = accounts;
		this.departments = departments;
		this.passwordRules = passwordRules;
	}

	/**
	 * 用户与部门: each list a page at a time, searched ({@link AdminLists}); a search or page
	 * out of bounds shows the first page with what was wrong.
	 */
	@GetMapping("/admin")
	String page(@Valid @ModelAttribute("lists") AdminLists lists, BindingResult invalid, Model model) {
		AdminLists shown = invalid.hasErrors() ? lists.withoutInvalid(invalid) : lists;
		return page(shown, model);
	}

	private String page(Model model) {
		return page(AdminLists.first(), model);
	}

	private String page(AdminLists lists, Model model) {
		if (!model.containsAttribute("lists")) {
			model.addAttribute("lists", lists);
		}
		if (!model.containsAttribute("userForm")) {
			model.addAttribute("userForm", new NewUserForm());
		}
		if (!model.containsAttribute("departmentForm")) {
			model.addAttribute("departmentForm", new NewDepartmentForm());
		}
		if (!model.containsAttribute("typeForm")) {
			model.addAttribute("typeForm", new DepartmentTypeForm());
		}
		List<DepartmentRef> all = departments.all();
		List<DepartmentTypeRef> types = departments.types();
		model.addAttribute("departmentPage", lists.departments(all, types));
		model.addAttribute("userPage", lists.users(accounts.all(), all));
		// The forms' choices: every department (a select finds by typing).
		model.addAttribute("departments", all);
		model.addAttribute("types", types);
		model.addAttribute("roles", Role.values());
		return "account/admin";
	}

	@PostMapping("/admin/users")
	String createUser(@Valid @ModelAttribute("userForm") NewUserForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("username") && accounts.exists(form.getUsername())) {
			errors.rejectValue("username", "admin.user.username.taken");
		}
		if (form.getRole() == Role.FILLER && form.getDepartmentIds().isEmpty()) {
			errors.rejectValue("departmentIds", "admin.user.departments.required");
		}
		if (!errors.hasFieldErrors("password")) {
			passwordRules.problems(form.getUsername(), form.getPassword())
				.forEach(code -> errors.rejectValue("password", code));
		}
		if (errors.hasErrors()) {
			return page(model);
		}
		try {
			accounts.create(form.getUsername(), form.getPassword(), form.getDisplayName(), form.getRole(),
					new LinkedHashSet<>(form.getDepartmentIds()));
		}
		catch (DataIntegrityViolationException ex) {
			// Created by another request a moment ago (a double submit).
			errors.rejectValue("username", "admin.user.username.taken");
			return page(model);
		}
		redirect.addFlashAttribute("notice", "admin.user.created");
		redirect.addFlashAttribute("noticeArg", form.getUsername());
		return "redirect:/admin";
	}

	@PostMapping("/admin/departments")
	String createDepartment(@Valid @ModelAttribute("departmentForm") NewDepartmentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("code") && departments.byCode(form.getCode()).isPresent()) {
			errors.rejectValue("code", "admin.department.code.taken");
		}
		if (form.getTypeId() != null && departments.type(form.getTypeId()).isEmpty()) {
			errors.rejectValue("typeId", "admin.department.type.unknown");
		}
		if (errors.hasErrors()) {
			return page(model);
		}
		try {
			DepartmentRef created = departments.create(form.getCode(), form.getName(), form.getParentId());
			if (form.getTypeId() != null) {
				departments.type(created.id(), form.getTypeId());
			}
		}
		catch (DataIntegrityViolationException ex) {
			errors.rejectValue("code", "admin.department.code.taken");
			return page(model);
		}
		redirect.addFlashAttribute("notice", "admin.department.created");
		redirect.addFlashAttribute("noticeArg", form.getName());
		return "redirect:/admin";
	}

	@GetMapping("/admin/users/{username}")
	String userPage(@PathVariable String username, Model model) {
		UserSummary user = user(username);
		if (!model.containsAttribute("editForm")) {
			model.addAttribute("editForm", EditUserForm.of(user));
		}
		if (!model.containsAttribute("resetForm")) {
			model.addAttribute("resetForm", new ResetPasswordForm());
		}
		model.addAttribute("user", user);
		model.addAttribute("departments", departments.all());
		model.addAttribute("roles", Role.values());
		return "account/user-edit";
	}

	@PostMapping("/admin/users/{username}")
	String editUser(@PathVariable String username, @Valid @ModelAttribute("editForm") EditUserForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		user(username);
		if (form.getRole() == Role.FILLER && form.getDepartmentIds().isEmpty()) {
			errors.rejectValue("departmentIds", "admin.user.departments.required");
		}
		if (!errors.hasErrors()) {
			try {
				accounts.edit(username, form.getDisplayName(), form.getRole(),
						new LinkedHashSet<>(form.getDepartmentIds()));
				if (form.getRole() == Role.REVIEWER) {
					accounts.reviewAt(username, form.getReviewLevel());
					accounts.reviewAllDepartments(username, form.isAllDepartments());
				}
				accounts.seeSubUnits(username, form.getRole() == Role.FILLER && form.isSeesSubUnits());
			}
			catch (AccountRuleException ex) {
				errors.reject(ex.messageCode());
			}
		}
		if (errors.hasErrors()) {
			return userPage(username, model);
		}
		return noticed(redirect, "admin.user.saved", username, "redirect:/admin");
	}

	@PostMapping("/admin/users/{username}/enabled")
	String enable(@PathVariable String username, @RequestParam boolean enabled, Authentication authentication,
			RedirectAttributes redirect) {
		user(username);
		try {
			accounts.setEnabled(username, enabled, authentication.getName());
		}
		catch (AccountRuleException ex) {
			redirect.addFlashAttribute("refusal", ex.messageCode());
			return "redirect:/admin/users/" + username;
		}
		return noticed(redirect, enabled ? "admin.user.enabledNotice" : "admin.user.disabledNotice", username,
				"redirect:/admin/users/" + username);
	}

	@PostMapping("/admin/users/{username}/password")
	String resetPassword(@PathVariable String username, @ModelAttribute("resetForm") ResetPasswordForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		user(username);
		passwordRules.problems(username, form.getPassword()).forEach(code -> errors.rejectValue("password", code));
		if (errors.hasErrors()) {
			return userPage(username, model);
		}
		accounts.resetPassword(username, form.getPassword());
		return noticed(redirect, "admin.user.passwordReset", username, "redirect:/admin/users/" + username);
	}

	@GetMapping("/admin/departments/{id}")
	String departmentPage(@PathVariable long id, Model model) {
		DepartmentRef department = department(id);
		if (!model.containsAttribute("editForm")) {
			model.addAttribute("editForm", EditDepartmentForm.of(department));
		}
		model.addAttribute("department", department);
		model.addAttribute("parents", departments.all().stream().filter(d -> d.id() != id).toList());
		model.addAttribute("types", departments.types());
		return "account/department-edit";
	}

	@PostMapping("/admin/departments/{id}")
	String editDepartment(@PathVariable long id, @Valid @ModelAttribute("editForm") EditDepartmentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		department(id);
		if (form.getParentId() != null && departments.byId(form.getParentId()).isEmpty()) {
			errors.rejectValue("parentId", "admin.department.parent.unknown");
		}
		if (form.getTypeId() != null && departments.type(form.getTypeId()).isEmpty()) {
			errors.rejectValue("typeId", "admin.department.type.unknown");
		}
		if (!errors.hasErrors() && !departments.edit(id, form.getName(), form.getParentId())) {
			errors.rejectValue("parentId", "admin.department.parent.cycle");
		}
		if (!errors.hasErrors()) {
			departments.reviewIn(id, form.getReviewLevels());
			departments.type(id, form.getTypeId());
		}
		if (errors.hasErrors()) {
			return departmentPage(id, model);
		}
		return noticed(redirect, "admin.department.saved", form.getName(), "redirect:/admin");
	}

	@PostMapping("/admin/department-types")
	String addType(@Valid @ModelAttribute("typeForm") DepartmentTypeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors() && !added(form.getName())) {
			errors.rejectValue("name", "admin.type.name.taken");
		}
		if (errors.hasErrors()) {
			return page(model);
		}
		return noticed(redirect, "admin.type.created", form.getName(), "redirect:/admin#types");
	}

	/**
	 * Renames a 单位类型; refused, the name typed kept beside the type, when it is empty, too
	 * long or another type's.
	 */
	@PostMapping("/admin/department-types/{id}")
	String renameType(@PathVariable long id, @Valid @ModelAttribute("renameForm") DepartmentTypeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		departments.type(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!errors.hasErrors() && !renamed(id, form.getName())) {
			errors.rejectValue("name", "admin.type.name.taken");
		}
		if (errors.hasErrors()) {
			model.addAttribute("renamingId", id);
			return page(model);
		}
		return noticed(redirect, "admin.type.renamed", form.getName(), "redirect:/admin#types");
	}

	private boolean added(String name) {
		try {
			return departments.addType(name);
		}
		catch (DataIntegrityViolationException ex) {
			// Added by another request a moment ago.
			return false;
		}
	}

	private boolean renamed(long id, String name) {
		try {
			return departments.renameType(id, name);
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

	private UserSummary user(String username) {
		return accounts.byUsername(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private DepartmentRef department(long id) {
		return departments.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String noticed(RedirectAttributes redirect, String notice, String argument, String view) {
		redirect.addFlashAttribute("notice", notice);
		redirect.addFlashAttribute("noticeArg", argument);
		return view;
	}

}
