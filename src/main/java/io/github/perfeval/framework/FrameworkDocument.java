package io.github.perfeval.framework;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.perfeval.scoring.ConsistencyCheck;
import io.github.perfeval.scoring.GoalScheme;
import io.github.perfeval.scoring.JudgmentLevel;
import tools.jackson.databind.JsonNode;

/**
 * A framework as a JSON document ({@code classpath:frameworks/sz-common.json} is one):
 * the way frameworks of other regions come into the application, and the shape {@code GET
 * /api/frameworks/{code}} exports. {@code version} may be left out of a document posted
 * to the API: it becomes the next one. {@code notApplicable} is how a leaf marked 不适用
 * scores, {@code FULL} or {@code EXCLUDE}; a leaf may be marked only where its
 * {@code notApplicableAllowed} is true. {@code goals}, where given, makes the
 * evaluation's own 年度绩效指标 leaves of the groups it names ({@link GoalScheme}): the fixed
 * leaves then weigh less than 100 and the indicators' 分值 make up the rest.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FrameworkDocument(String code, Integer version, String name, String region, String judgmentDescription,
		String judgmentCriteria, List<Grade> grades, List<Node> indicators, String notApplicable, GoalScheme goals,
		List<JudgmentLevel> judgmentLevels, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> sheetNotes,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<ConsistencyCheck> checks) {

	public List<Node> indicators() {
		return indicators == null ? List.of() : indicators;
	}

	public List<Grade> grades() {
		return grades == null ? List.of() : grades;
	}

	/**
	 * 成效档次 of the judgment rules: code, name and bounds as percentages of the leaf's
	 * weight
	 * ({@code {"code": "SIGNIFICANT", "name": "显著", "min": 80, "minInclusive": true,
	 * "max": 100, "maxInclusive": true}}); a leaf's judgment rule may state its own
	 * {@code levels}.
	 */
	public List<JudgmentLevel> judgmentLevels() {
		return judgmentLevels == null ? List.of() : judgmentLevels;
	}

	/** The 附注 the 评分表 prints under its table, one paragraph each. */
	public List<String> sheetNotes() {
		return sheetNotes == null ? List.of() : sheetNotes;
	}

	/**
	 * The figures of an evaluation that should agree ({@link ConsistencyCheck}): each
	 * disagreement is a 一致性提示 on the sheet and a 附注 in the exports.
	 */
	public List<ConsistencyCheck> checks() {
		return checks == null ? List.of() : checks;
	}

	/** 评分等级: a grade's name and the lowest 总分 that reaches it; the lowest from 0. */
	public record Grade(String name, BigDecimal min) {
	}

	/**
	 * A group (with children) or a leaf (with weight, texts, input labels, rule and the
	 * sentences the report states about it). A group's weight, where a document gives
	 * one, must be the sum of its children's.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Node(String code, String name, BigDecimal weight, String description, String criteria,
			JsonNode inputs, JsonNode rule, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Node> children,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<ReportSentence> report, Boolean notApplicableAllowed) {

		public List<Node> children() {
			return children == null ? List.of() : children;
		}

		/** The leaf's sentences in the 自评报告. */
		public List<ReportSentence> report() {
			return report == null ? List.of() : report;
		}

		boolean isLeaf() {
			return children().isEmpty();
		}

	}

}
