package io.github.perfeval.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;

/**
 * Accepts a personal API token that is neither unknown nor revoked, of an enabled user.
 */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private final ApiTokens tokens;

	ApiTokenAuthenticationProvider(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		AppUser user = tokens.use((String) authentication.getCredentials())
			.orElseThrow(() -> new BadCredentialsException("Unknown or revoked token"));
		if (!user.isEnabled()) {
			throw new DisabledException("User is disabled");
		}
		return ApiTokenAuthentication.accepted(new AccountUser(user));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiTokenAuthentication.class.isAssignableFrom(authentication);
	}

}
