package io.github.perfeval.account.web;

import java.util.LinkedHashSet;

import io.github.perfeval.account.Role;
import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.department.DepartmentDirectory;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户与部门: the administrator creates departments (下属单位 too) and the people who use them.
 */
@Controller
class AdminController {

	private final UserAccounts accounts;

	private final DepartmentDirectory departments;

	AdminController(UserAccounts accounts, DepartmentDirectory departments) {
		this.accounts = accounts;
		this.departments = departments;
	}

	@GetMapping("/admin")
	String page(Model model) {
		if (!model.containsAttribute("userForm")) {
			model.addAttribute("userForm", new NewUserForm());
		}
		if (!model.containsAttribute("departmentForm")) {
			model.addAttribute("departmentForm", new NewDepartmentForm());
		}
		model.addAttribute("users", accounts.all());
		model.addAttribute("departments", departments.all());
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
		if (errors.hasErrors()) {
			return page(model);
		}
		accounts.create(form.getUsername(), form.getPassword(), form.getDisplayName(), form.getRole(),
				new LinkedHashSet<>(form.getDepartmentIds()));
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
		if (errors.hasErrors()) {
			return page(model);
		}
		departments.create(form.getCode(), form.getName(), form.getParentId());
		redirect.addFlashAttribute("notice", "admin.department.created");
		redirect.addFlashAttribute("noticeArg", form.getName());
		return "redirect:/admin";
	}

}
