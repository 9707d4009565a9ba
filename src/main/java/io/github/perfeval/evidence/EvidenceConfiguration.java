package io.github.perfeval.evidence;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Refuses to start when the servlet's multipart limits would cut evidence uploads below
 * {@code perfeval.evidence.max-file-size}: the page could not then say what is wrong.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

	EvidenceConfiguration(EvidenceProperties evidence, ObjectProvider<MultipartProperties> multipart) {
		MultipartProperties limits = multipart.getIfAvailable();
		if (limits == null) {
			return;
		}
		DataSize file = evidence.maxFileSize();
		if (limits.getMaxFileSize().toBytes() >= 0 && limits.getMaxFileSize().toBytes() < file.toBytes()) {
			throw new IllegalStateException("perfeval.evidence.max-file-size=" + file
					+ " needs spring.servlet.multipart.max-file-size of at least as much (it is "
					+ limits.getMaxFileSize() + ")");
		}
		if (limits.getMaxRequestSize().toBytes() >= 0 && limits.getMaxRequestSize().toBytes() < file.toBytes()) {
			throw new IllegalStateException("perfeval.evidence.max-file-size=" + file
					+ " needs spring.servlet.multipart.max-request-size of more than that (it is "
					+ limits.getMaxRequestSize() + ")");
		}
	}

}
