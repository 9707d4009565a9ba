package io.github.perfeval.evaluation.web;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One read-only transaction around everything a page reads: the services it asks join it,
 * so the evaluation, its department and its framework are loaded once however many of
 * them ask (the persistence context holds them), and the page takes one connection.
 */
@Component
class PageReads {

	@Transactional(readOnly = true)
	public <T> T read(Supplier<T> page) {
		return page.get();
	}

}
