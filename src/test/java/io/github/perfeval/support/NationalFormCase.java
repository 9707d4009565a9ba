package io.github.perfeval.support;

import java.math.BigDecimal;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An evaluation on the national 绩效自评表 (NATIONAL-FORM) built from the 香港大学深圳医院 2021 seed's
 * 自评表: its department, year and 年度绩效指标 as published, with a 分值 chosen for each
 * (生态效益「无」gets none and is not scored) and a 表 1-1 total of 全年预算数 50,000 and 全年执行数 48,915
 * 万元.
 *
 * <pre>
 * 预算执行率   48,915 ÷ 50,000 = 97.83 % × 10                 =  9.783  →  9.78
 * 门诊工作量   ≥190 万人次, 189: 189 ÷ 190 × 15               = 14.921… → 14.92
 * 住院占床日   ≥40 万床日, 42                                  → 10.00
 * 卫生耗材     ≤23 %, 23.6: 23 ÷ 23.6 × 10                    =  9.745… →  9.75
 * 药占比       ≤22 %, 19.4 %                                   → 10.00
 * 按时完成     ＝100 %, 100 %                                  →  5.00
 * 预算执行率指标 ≥90 %, 97.83 %                                 →  5.00
 * 收入增长     ≥6 %, 20 %                                      → 10.00
 * 医疗服务     ＝100 %, 100 %                                  → 10.00
 * 患者满意度   ≥90 %, 95.1 %                                   → 15.00
 * 产出 54.67 · 效益 20.00 · 满意度 15.00 · 预算执行 9.78 → 99.45 优
 * </pre>
 */
public final class NationalFormCase {

	/** 分值 of the seed's ten indicators, in its order; null: not scored. */
	public static final List<String> POINTS = List.of("15", "10", "10", "10", "5", "5", "10", "10", "", "15");

	private NationalFormCase() {
	}

	/** The document without 偏差原因 (the seed gives none). */
	public static ObjectNode withoutReasons() {
		ObjectNode hku = SeedCases.tree(SeedCases.HKU);
		ObjectNode document = hku.objectNode();
		document.set("department", hku.get("department"));
		document.put("year", hku.get("year").asInt());
		document.put("framework", "NATIONAL-FORM");
		document.put("unit", "万元");
		document.putObject("totals")
			.put("initialBudget", new BigDecimal("48000"))
			.put("adjustedBudget", new BigDecimal("50000"))
			.put("finalAccounts", new BigDecimal("48915"));
		ObjectNode report = (ObjectNode) hku.get("goalReport").deepCopy();
		ArrayNode indicators = (ArrayNode) report.get("indicators");
		for (int i = 0; i < indicators.size(); i++) {
			if (!POINTS.get(i).isEmpty()) {
				((ObjectNode) indicators.get(i)).put("points", new BigDecimal(POINTS.get(i)));
			}
		}
		document.set("goalReport", report);
		return document;
	}

	/** The document with the 偏差原因 of the two indicators that lost points. */
	public static ObjectNode complete() {
		ObjectNode document = withoutReasons();
		indicator(document, 0).put("deviationReason", "疫情防控期间门诊量下降");
		indicator(document, 2).put("deviationReason", "新冠检测耗材增加");
		return document;
	}

	public static ObjectNode indicator(ObjectNode document, int row) {
		JsonNode indicators = document.get("goalReport").get("indicators");
		return (ObjectNode) indicators.get(row);
	}

}
