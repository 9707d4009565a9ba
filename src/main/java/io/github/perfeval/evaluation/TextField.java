package io.github.perfeval.evaluation;

import java.util.OptionalInt;

/**
 * The texts of an evaluation and how long each may be: the size of its database column,
 * or for free texts the configured {@link InputLimits#text()} /
 * {@link InputLimits#comment()}.
 */
public enum TextField {

	DEPARTMENT_CODE(64), DEPARTMENT_NAME(200), UNIT(16), UNIT_NAME(200), FILLED_BY(100), HEAD_OF_UNIT(100), PHONE(50),
	/** 所依据的通知（文件名称与文号）；单位简称（我局）。 */
	NOTICE(300), SHORT_NAME(20), GOAL_TASK_NAME(200), GOAL_LEVEL(50), GOAL_INDICATOR_NAME(200), GOAL_VALUE_TEXT(200),
	GOAL_UNIT(32), CUSTOM_CODE(32), CUSTOM_NAME(200), EVIDENCE_NAME(255),
	/** 报告正文、任务内容、偏差原因等长文本。 */
	FREE_TEXT(-1),
	/** 指标说明、审核理由、文字型填报项。 */
	COMMENT(-2);

	private final int columnLength;

	TextField(int columnLength) {
		this.columnLength = columnLength;
	}

	/** The most characters this text may hold under the given limits. */
	public int maxLength(InputLimits limits) {
		return switch (this) {
			case FREE_TEXT -> limits.text();
			case COMMENT -> limits.comment();
			default -> columnLength;
		};
	}

	/**
	 * The message code (under {@code violation.}) of what is wrong with a text, if
	 * anything: too long, or holding a control character (NUL and the like) that no
	 * document should carry.
	 */
	public String problem(String text, InputLimits limits) {
		if (text == null) {
			return null;
		}
		if (text.codePointCount(0, text.length()) > maxLength(limits)) {
			return "tooLong";
		}
		return firstControl(text).isPresent() ? "controlCharacter" : null;
	}

	private static OptionalInt firstControl(String text) {
		return text.codePoints()
			.filter(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || (c >= 0xd800 && c <= 0xdfff))
			.findFirst();
	}

}
