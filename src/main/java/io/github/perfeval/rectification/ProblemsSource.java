package io.github.perfeval.rectification;

import io.github.perfeval.account.Viewer;

/**
 * The 存在问题及改进措施 of an evaluation as its 自评报告 prints them: the department's text, or the
 * draft from the scores while it wrote none. Implemented by the report module, which
 * knows how the report drafts it.
 */
public interface ProblemsSource {

	/** The text, one paragraph a line; fails as the evaluation module does if unseen. */
	String problemsText(long evaluationId, Viewer viewer);

}
