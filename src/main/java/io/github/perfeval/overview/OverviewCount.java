package io.github.perfeval.overview;

import java.util.Collection;
import java.util.Map;

/**
 * A column of counts on the overview (open remarks, open 整改 …): a bean of this type adds
 * one, after the others in its {@link org.springframework.core.annotation.Order}. It is
 * asked once per page, for the page's evaluations only.
 */
public interface OverviewCount {

	/** The message key of the column's heading. */
	String headingKey();

	/** The count of each of these evaluations; one without any may be absent. */
	Map<Long, Integer> of(Collection<Long> evaluationIds);

}
