package io.github.perfeval.account;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
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
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every page and API needs a login. The API takes HTTP Basic (API clients) or the page
 * session; CSRF protects every state-changing request except those that carry Basic
 * credentials. Both logins go through the {@link LoginThrottle}. Every response carries a
 * Content-Security-Policy without inline scripts or styles, {@code nosniff}, a
 * same-origin referrer policy, {@code DENY} for frames and, over HTTPS, HSTS.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'";

	private static final RequestMatcher BASIC_AUTHENTICATED = request -> {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	};

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(UserAccounts accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AuthenticationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager authenticationManager,
			LoginFailureMessages messages, JsonMapper json) throws Exception {
		return http.securityMatcher("/api/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(new ApiAuthenticationEntryPoint(messages, json)))
			.csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_AUTHENTICATED))
			.headers(SecurityConfiguration::headers)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		return http.authenticationManager(authenticationManager)
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error")
				.permitAll()
				// With its query too: ?error, ?locked, ?unavailable, ?logout.
				.requestMatchers("/login")
				.permitAll()
				.requestMatchers("/admin/**", "/admin")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailureHandler()).permitAll())
			.logout(logout -> logout.permitAll())
			// Spring Security's default, stated: a new session id at login.
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(SecurityConfiguration::headers)
			.build();
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.contentTypeOptions(Customizer.withDefaults())
			.frameOptions(frames -> frames.deny())
			// Sent over HTTPS only (also behind a TLS proxy, see
			// server.forward-headers-strategy);
			// not for sub-domains, which may be other departments' services.
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(false).maxAgeInSeconds(31_536_000));
	}

}
