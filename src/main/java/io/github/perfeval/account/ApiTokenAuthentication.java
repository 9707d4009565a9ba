package io.github.perfeval.account;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A bearer token on its way in (the secret as credentials, not yet authenticated) or
 * accepted (the {@link AccountUser} as principal, the secret erased).
 */
class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final AccountUser user;

	private String secret;

	private ApiTokenAuthentication(String secret, AccountUser user) {
		super(user == null ? List.of() : user.getAuthorities());
		this.secret = secret;
		this.user = user;
		setAuthenticated(user != null);
	}

	static ApiTokenAuthentication presented(String secret) {
		return new ApiTokenAuthentication(secret, null);
	}

	static ApiTokenAuthentication accepted(AccountUser user) {
		return new ApiTokenAuthentication(null, user);
	}

	@Override
	public Object getCredentials() {
		return secret;
	}

	@Override
	public Object getPrincipal() {
		return user;
	}

	@Override
	public String getName() {
		return user == null ? "" : user.getUsername();
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		secret = null;
	}

}
