package io.github.perfeval.account.web;

import io.github.perfeval.account.LoginFailureMessages;
import io.github.perfeval.account.LoginLockedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 登录 page; Spring Security handles the form's POST and comes back here with
 * {@code ?error}, {@code ?locked} or {@code ?unavailable}, which the page tells apart.
 */
@Controller
class LoginController {

	private final LoginFailureMessages messages;

	LoginController(LoginFailureMessages messages) {
		this.messages = messages;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		if (request.getParameterMap().containsKey("locked")) {
			HttpSession session = request.getSession(false);
			Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
			model.addAttribute("problem",
					(failure instanceof LoginLockedException locked) ? messages.describe(locked) : messages.locked());
		}
		else if (request.getParameterMap().containsKey("unavailable")) {
			model.addAttribute("problem", messages.describe(new AuthenticationServiceException("unavailable")));
		}
		else if (request.getParameterMap().containsKey("error")) {
			model.addAttribute("problem", messages.describe(new BadCredentialsException("error")));
		}
		return "account/login";
	}

}
