/**
 * 年度自评: a department's evaluation of one year — leaf inputs, overrides, the units' budget
 * table, the report's texts and the 绩效目标完成情况自评表 — its import and export as the JSON
 * evaluation document, and its scoring sheet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package io.github.perfeval.evaluation;
