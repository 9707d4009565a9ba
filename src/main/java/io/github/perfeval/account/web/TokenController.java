package io.github.perfeval.account.web;

import java.time.ZoneId;

import io.github.perfeval.account.ApiTokens;
import io.github.perfeval.account.CreatedToken;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API 令牌: a signed-in user creates personal tokens for scripts (the secret shown once)
 * and revokes them.
 */
@Controller
class TokenController {

	private final ApiTokens tokens;

	private final ZoneId zone;

	TokenController(ApiTokens tokens, @Value("${perfeval.time-zone:Asia/Shanghai}") ZoneId zone) {
		this.tokens = tokens;
		this.zone = zone;
	}

	@GetMapping("/account/tokens")
	String page(Model model, Authentication authentication) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new NewTokenForm());
		}
		model.addAttribute("tokens",
				tokens.of(authentication.getName()).stream().map(token -> TokenRow.of(token, zone)).toList());
		return "account/tokens";
	}

	@PostMapping("/account/tokens")
	String create(@Valid @ModelAttribute("tokenForm") NewTokenForm form, BindingResult errors, Model model,
			Authentication authentication, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(model, authentication);
		}
		CreatedToken created = tokens.create(authentication.getName(), form.getName());
		redirect.addFlashAttribute("created", created);
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		if (!tokens.revoke(authentication.getName(), id)) {
			// Another user's token, or none: the same answer, which tells nothing.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "account.token.revoked");
		return "redirect:/account/tokens";
	}

}
