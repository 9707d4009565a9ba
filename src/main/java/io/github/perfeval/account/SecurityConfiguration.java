package io.github.perfeval.account;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page and API needs a login. The API takes a personal token
 * ({@code Authorization: Bearer pe_…}), HTTP Basic (scripts) or the page session; CSRF
 * protects every state-changing request except those that carry Basic or Bearer
 * credentials. {@code /api/admin/**} is for administrators. A user whose password was
 * reset can do nothing but change it ({@link PasswordChangeRequired}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final RequestMatcher CREDENTIALS_IN_HEADER = request -> {
		String header = request.getHeader("Authorization");
		return header != null
				&& (header.regionMatches(true, 0, "Basic ", 0, 6) || header.regionMatches(true, 0, "Bearer ", 0, 7));
	};

	/**
	 * {@code Authorization: Bearer <token>}; null (not this filter's business) otherwise.
	 */
	private static final AuthenticationConverter BEARER = request -> {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return null;
		}
		return ApiTokenAuthentication.presented(header.substring(7).strip());
	};

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ApiErrorResponses apiErrorResponses(MessageSource messages, JsonMapper json) {
		return new ApiErrorResponses(messages, json);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, ApiErrorResponses errors) throws Exception {
		AuthenticationFilter bearer = new AuthenticationFilter(
				new ProviderManager(new ApiTokenAuthenticationProvider(tokens)), BEARER);
		bearer.setSuccessHandler((request, response, authentication) -> {
		});
		bearer.setFailureHandler((request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "account.token.refused");
		});
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
				response.addHeader("WWW-Authenticate", "Basic realm=\"perf-eval\"");
				response.addHeader("WWW-Authenticate", "Bearer");
				errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "account.api.unauthenticated");
			}))
			.csrf(csrf -> csrf.ignoringRequestMatchers(CREDENTIALS_IN_HEADER))
			.exceptionHandling(exceptions -> exceptions
				.accessDeniedHandler((request, response, ex) -> errors.write(response, HttpServletResponse.SC_FORBIDDEN,
						ex instanceof CsrfException ? "account.api.csrf" : "account.api.forbidden")))
			.addFilterAfter(new PasswordChangeRequired(errors), AuthorizationFilter.class)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, ApiErrorResponses errors, UserAccounts accounts)
			throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/admin/**", "/admin")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(afterLogin()).permitAll())
			.logout(logout -> logout.permitAll())
			.addFilterBefore(new DisabledUserSessions(accounts), AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeRequired(errors), AuthorizationFilter.class)
			.build();
	}

	/** Where the login page leads: to 修改密码 first when the password was reset. */
	private static AuthenticationSuccessHandler afterLogin() {
		SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof AccountUser user && user.mustChangePassword()) {
				response.sendRedirect(request.getContextPath() + PasswordChangeRequired.PAGE);
			}
			else {
				usual.onAuthenticationSuccess(request, response, authentication);
			}
		};
	}

}
