package io.github.perfeval.system;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page says when the failure came before Spring MVC (the servlet container
 * refusing an upload over the limit while reading its parameters): the limit, not a
 * general failure.
 */
@Component
class PageErrorAttributes extends DefaultErrorAttributes {

	private final DataSize maxFileSize;

	PageErrorAttributes(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (Integer.valueOf(413).equals(attributes.get("status"))) {
			attributes.put("messageKey", "error.tooLarge");
			attributes.put("messageArg", maxFileSize.toMegabytes());
		}
		else if (Integer.valueOf(404).equals(attributes.get("status"))) {
			attributes.putIfAbsent("messageKey", "error.pageNotFound");
		}
		return attributes;
	}

}
