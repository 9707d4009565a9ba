package io.github.perfeval.report;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.rectification.ProblemsSource;

import org.springframework.stereotype.Component;

/**
 * The 存在问题及改进措施 the 整改事项 are made of, as the report prints them: the department's text,
 * else the draft from the scores (nothing when no leaf lost points).
 */
@Component
class ReportProblems implements ProblemsSource {

	private final EvaluationService evaluations;

	private final ReportService reports;

	private final SheetMessages messages;

	ReportProblems(EvaluationService evaluations, ReportService reports, SheetMessages messages) {
		this.evaluations = evaluations;
		this.reports = reports;
		this.messages = messages;
	}

	@Override
	public String problemsText(long evaluationId, Viewer viewer) {
		EvaluationDocument document = evaluations.export(evaluationId, viewer);
		String written = document.texts() == null ? null : document.texts().get("problems");
		if (written != null && !written.isBlank()) {
			return written;
		}
		String draft = reports.problemsDraft(evaluationId, viewer);
		return draft.strip().equals(messages.text("report.gen.noProblems")) ? "" : draft;
	}

}
