package io.github.perfeval.account;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.MessageSource;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.thymeleaf.ITemplateEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page and API needs a login. The API takes a personal token
 * ({@code Authorization: Bearer pe_…}), HTTP Basic (scripts) or the page session; CSRF
 * protects every state-changing request except those that carry Basic or Bearer
 * credentials. {@code /api/admin/**} and importing a framework
 * ({@code POST /api/frameworks}) are for administrators. Password logins (page and Basic)
 * go through the {@link LoginThrottle}. A user whose password was reset can do nothing
 * but change it ({@link PasswordChangeRequired}). Every response carries a
 * Content-Security-Policy without inline scripts or styles, {@code nosniff}, a
 * same-origin referrer policy, {@code DENY} for frames and, over HTTPS, HSTS.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'";

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

	/**
	 * 服务暂时不可用 when the database does not answer: registered ahead of the session filter,
	 * which reads the session from the database first.
	 */
	@Bean
	FilterRegistrationBean<DatabaseUnavailable> databaseUnavailable(ITemplateEngine templates,
			ApiErrorResponses errors) {
		FilterRegistrationBean<DatabaseUnavailable> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailable(templates, errors));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	@Bean
	AuthenticationManager authenticationManager(UserAccounts accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AuthenticationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		// HTTP Basic brings the password with every request: a bcrypt each (~24 req/s
		// on two cores) unless a password verified against the same stored hash is
		// remembered.
		passwords.setPasswordEncoder(new VerifiedPasswordCache(passwordEncoder, 10_000,
				java.time.Duration.ofMinutes(10), java.time.Clock.systemUTC()));
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager, ApiTokens tokens,
			ApiErrorResponses errors, LoginFailureMessages messages, JsonMapper json, UserAccounts accounts)
			throws Exception {
		AuthenticationFilter bearer = new AuthenticationFilter(
				new ProviderManager(new ApiTokenAuthenticationProvider(tokens)), BEARER);
		bearer.setSuccessHandler((request, response, authentication) -> {
		});
		bearer.setFailureHandler((request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "account.token.refused");
		});
		// The OpenAPI document too: a script fetches it with its token, Swagger UI with
		// the page's session.
		return http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/admin/**")
				.hasRole(Role.ADMIN.name())
				// Importing a framework (a new one or a version) is an administrator's
				// act;
				// reading them is anyone's.
				.requestMatchers(HttpMethod.POST, "/api/frameworks", "/api/frameworks/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.addFilterBefore(bearer, BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic
				.authenticationEntryPoint(new ApiAuthenticationEntryPoint(messages, json, (request, response, ex) -> {
					response.addHeader("WWW-Authenticate", "Basic realm=\"perf-eval\"");
					response.addHeader("WWW-Authenticate", "Bearer");
					errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "account.api.unauthenticated");
				})))
			.csrf(csrf -> csrf.ignoringRequestMatchers(CREDENTIALS_IN_HEADER))
			.exceptionHandling(exceptions -> exceptions
				.accessDeniedHandler((request, response, ex) -> errors.write(response, HttpServletResponse.SC_FORBIDDEN,
						ex instanceof CsrfException ? "account.api.csrf" : "account.api.forbidden")))
			.addFilterAfter(new PasswordChangeRequired(errors), AuthorizationFilter.class)
			// A page session used on the API: ended as on the pages once its user is
			// disabled.
			.addFilterBefore(new DisabledUserSessions(accounts,
					(request, response) -> errors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
							"account.api.disabled")),
					AuthorizationFilter.class)
			.headers(SecurityConfiguration::headers)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			ApiErrorResponses errors, UserAccounts accounts) throws Exception {
		return http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				// The login page with its query too: ?error, ?locked, ?unavailable,
				// ?logout,
				// ?disabled.
				.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error")
				.permitAll()
				.requestMatchers("/admin/**", "/admin")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(afterLogin())
				.failureHandler(new LoginFailureHandler())
				.permitAll())
			.logout(logout -> logout.permitAll())
			// Spring Security's default, stated: a new session id at login.
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(new DisabledUserSessions(accounts), AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeRequired(errors), AuthorizationFilter.class)
			.headers(SecurityConfiguration::headers)
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

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.contentTypeOptions(Customizer.withDefaults())
			.frameOptions(frames -> frames.deny())
			// Sent over HTTPS only (also behind a TLS proxy, see
			// server.forward-headers-strategy); not for sub-domains, which may be other
			// departments' services.
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(false).maxAgeInSeconds(31_536_000));
	}

}
