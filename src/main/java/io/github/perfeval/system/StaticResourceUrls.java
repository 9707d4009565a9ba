package io.github.perfeval.system;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The resource chain's URL rewriting (a WebJar's version-less URL to its versioned one)
 * for the links to static files only. Spring Boot's Thymeleaf configuration registers
 * {@link ResourceUrlEncodingFilter} for every URL a page writes, and the static files are
 * served under {@code /**}: each link to a page ({@code /evaluations/123}) was looked up
 * as a file in every static location, a miss that is not cached and searches every jar of
 * the application's class path. With 200 rows on the home page that was about 80 % of its
 * CPU time (JFR, 2026-12-02). This filter, registered in Boot's place
 * ({@code @ConditionalOnMissingFilterBean}), asks the chain only for URLs under
 * {@link #PREFIXES}; any other URL is encoded as the container does.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceUrls {

	/** Where the application's static files and WebJars are served. */
	static final String[] PREFIXES = { "/webjars/", "/css/", "/js/" };

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new StaticOnly());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** {@link ResourceUrlEncodingFilter} for the static files' URLs only. */
	static final class StaticOnly extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
				super.doFilter(request, response, chain);
				return;
			}
			String contextPath = http.getContextPath();
			super.doFilter(request, response, (wrappedRequest, rewriting) -> chain.doFilter(wrappedRequest,
					new Selective((HttpServletResponse) rewriting, plain, contextPath)));
		}

	}

	/**
	 * The response as the chain rewrites it for a static file's URL, as the container
	 * encodes any other.
	 */
	static final class Selective extends HttpServletResponseWrapper {

		private final HttpServletResponse plain;

		private final String contextPath;

		Selective(HttpServletResponse rewriting, HttpServletResponse plain, String contextPath) {
			super(rewriting);
			this.plain = plain;
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return isStatic(url) ? super.encodeURL(url) : plain.encodeURL(url);
		}

		private boolean isStatic(String url) {
			if (url == null || !url.startsWith(contextPath)) {
				return false;
			}
			for (String prefix : PREFIXES) {
				if (url.startsWith(prefix, contextPath.length())) {
					return true;
				}
			}
			return false;
		}

	}

}
