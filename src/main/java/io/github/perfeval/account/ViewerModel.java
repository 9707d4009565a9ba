package io.github.perfeval.account;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in {@link Viewer} into every page's model as {@code viewer}. */
@ControllerAdvice
class ViewerModel {

	@ModelAttribute("viewer")
	Viewer viewer(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof AccountUser user ? user.viewer()
				: null;
	}

}
