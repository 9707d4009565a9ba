package io.github.perfeval.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Stores each framework shipped in {@code classpath:frameworks/} whose code and version
 * the database does not hold yet, before the application takes requests.
 */
@Component
class FrameworkLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FrameworkLoader.class);

	private final FrameworkCatalog catalog;

	private final JsonMapper json;

	FrameworkLoader(FrameworkCatalog catalog, JsonMapper json) {
		this.catalog = catalog;
		this.json = json;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:frameworks/*.json")) {
				load(resource);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void load(Resource resource) throws IOException {
		try (InputStream in = resource.getInputStream()) {
			FrameworkDocument document = json.readValue(in, FrameworkDocument.class);
			// A shipped file names its version; one that does not is version 1.
			if (!catalog.exists(document.code(), document.version() == null ? 1 : document.version())) {
				FrameworkRef stored = catalog.store(document);
				log.info("Stored indicator framework {} v{} from {}", stored.code(), stored.version(),
						resource.getFilename());
			}
		}
	}

}
