package io.github.perfeval.account.web;

import java.util.List;

import io.github.perfeval.account.LoginFailureMessages;
import io.github.perfeval.account.LoginLock;
import io.github.perfeval.account.LoginThrottle;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 登录锁定 on the 用户与部门 page: the accounts and addresses locked after repeated failed logins,
 * each with a button that lifts the lock before its time.
 */
@Controller
class LoginLocksController {

	private final LoginThrottle throttle;

	LoginLocksController(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@PostMapping("/admin/login-locks/unlock")
	String unlock(@RequestParam LoginLock.Kind kind, @RequestParam String key, RedirectAttributes redirect) {
		throttle.unlock(kind, key);
		redirect.addFlashAttribute("notice", "admin.locks.unlocked");
		redirect.addFlashAttribute("noticeArg", key);
		return "redirect:/admin";
	}

	/** A lock as the page lists it. */
	record Row(LoginLock.Kind kind, String key, String until) {

	}

	/** The locks for the 用户与部门 page (its fragment {@code account/login-locks}). */
	@ControllerAdvice(assignableTypes = AdminController.class)
	static class Locks {

		private final LoginThrottle throttle;

		private final LoginFailureMessages messages;

		Locks(LoginThrottle throttle, LoginFailureMessages messages) {
			this.throttle = throttle;
			this.messages = messages;
		}

		@ModelAttribute("loginLocks")
		List<Row> loginLocks() {
			return throttle.locks()
				.stream()
				.map(lock -> new Row(lock.kind(), lock.key(), messages.until(lock)))
				.toList();
		}

	}

}
