package io.github.perfeval.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the 自评报告 still lacks from the department: the narrative sections that would be
 * empty (nothing written and nothing the report generates in their place) and the
 * signatories who sign it. Submitting warns about them, approval by the last level is
 * refused while a section is empty, and the report marks itself 草稿 while any is missing.
 */
public final class ReportGaps {

	/**
	 * The sections the department must write, in the report's order (§4 {@code texts}).
	 * 部门履职绩效情况 and 存在问题及改进措施 are not among them: the report writes them from the scores
	 * when the department does not. 部门预算执行情况 is written from 表 1-1 or the stated totals
	 * when they are there.
	 */
	public static final List<String> REQUIRED_SECTIONS = List.of("functions", "annualTasks", "budgetPreparation",
			"budgetExecution", "performanceGoals", "performanceWork", "experience", "plans");

	/** The signatories the report's end names. */
	public static final List<String> REQUIRED_SIGNATORIES = List.of("filledBy", "headOfUnit");

	private ReportGaps() {
	}

	/** The keys of the required sections the document leaves empty. */
	public static List<String> emptySections(EvaluationDocument document) {
		return emptySections(document.texts(), document.units() != null && !document.units().isEmpty(),
				document.totals());
	}

	static List<String> emptySections(Map<String, String> texts, boolean units, EvaluationDocument.Amounts totals) {
		List<String> empty = new ArrayList<>();
		for (String section : REQUIRED_SECTIONS) {
			String text = texts == null ? null : texts.get(section);
			if (text != null && !text.isBlank()) {
				continue;
			}
			boolean generated = section.equals("budgetExecution")
					&& (units || (totals != null && totals.adjustedBudget() != null && totals.finalAccounts() != null));
			if (!generated) {
				empty.add(section);
			}
		}
		return empty;
	}

	/** The keys of the required signatories the document does not name. */
	public static List<String> missingSignatories(EvaluationDocument document) {
		EvaluationDocument.Signatories people = document.signatories();
		List<String> missing = new ArrayList<>();
		if (people == null || blank(people.filledBy())) {
			missing.add("filledBy");
		}
		if (people == null || blank(people.headOfUnit())) {
			missing.add("headOfUnit");
		}
		return missing;
	}

	/**
	 * What submitting warns about, each as the editor names it: 「（三）部门预算编制情况」未填写.
	 */
	public static List<String> warnings(EvaluationDocument document, SheetMessages messages) {
		List<String> warnings = new ArrayList<>();
		for (String section : emptySections(document)) {
			warnings.add(messages.text("submit.warning.section", messages.text("section." + section)));
		}
		for (String role : missingSignatories(document)) {
			warnings.add(messages.text("submit.warning.signatory", messages.text("signatory." + role)));
		}
		return warnings;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
