package io.github.perfeval.account.web;

import io.github.perfeval.account.PasswordRules;
import io.github.perfeval.account.UserAccounts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 修改密码: every user changes their own, with the current one. A user whose password was
 * reset lands here and nowhere else until they have.
 */
@Controller
class PasswordController {

	private final UserAccounts accounts;

	private final PasswordRules passwordRules;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final MessageSource messages;

	PasswordController(UserAccounts accounts, PasswordRules passwordRules, MessageSource messages) {
		this.accounts = accounts;
		this.passwordRules = passwordRules;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String page(Model model, Authentication authentication) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new ChangePasswordForm());
		}
		model.addAttribute("mustChange",
				accounts.byUsername(authentication.getName()).orElseThrow().mustChangePassword());
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute("passwordForm") ChangePasswordForm form, BindingResult errors, Model model,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		String username = authentication.getName();
		passwordRules.problems(username, form.getNewPassword())
			.forEach(code -> errors.rejectValue("newPassword", code));
		if (!form.getNewPassword().equals(form.getConfirmation())) {
			errors.rejectValue("confirmation", "account.password.confirmation.mismatch");
		}
		if (form.getNewPassword().equals(form.getCurrentPassword()) && !form.getNewPassword().isEmpty()) {
			errors.rejectValue("newPassword", "account.password.unchanged");
		}
		if (!errors.hasErrors()
				&& !accounts.changeOwnPassword(username, form.getCurrentPassword(), form.getNewPassword())) {
			errors.rejectValue("currentPassword", "account.password.current.wrong");
		}
		if (errors.hasErrors()) {
			return page(model, authentication);
		}
		signInAgain(username, request, response);
		// 首页 shows its notice as text.
		redirect.addFlashAttribute("notice",
				messages.getMessage("account.password.changed", null, LocaleContextHolder.getLocale()));
		return "redirect:/";
	}

	/** The session's user as it is now stored: no longer bound to change the password. */
	private void signInAgain(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = accounts.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

}
