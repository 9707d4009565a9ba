package io.github.perfeval.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links are written as they are, not passed through the resource chain. With a WebJars
 * locator on the class path Spring Boot enables the resource chain and registers
 * {@link ResourceUrlEncodingFilter}, which asks it about every {@code @{…}} link a page
 * writes; the static handler's pattern {@code /**} matches each, and a link that is no
 * file (every page link) is looked up again in each static location of the jar on every
 * request, because only found resources are cached. On the editor that was about 90 % of
 * the time spent rendering (JFR, issue 12). Nothing needs the rewriting: no versioned URL
 * strategy is configured, and WebJars are linked without their version
 * ({@code /webjars/htmx.org/dist/htmx.min.js}), which the chain still resolves when it
 * serves the file. Registered disabled, the filter is not auto-configured.
 */
@Configuration(proxyBeanMethods = false)
class WebResources {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> unusedResourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
