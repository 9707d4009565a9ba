package io.github.perfeval.scoring;

import java.math.BigDecimal;

/** 评分等级. */
public enum Grade {

	优, 良, 中, 差;

	private static final BigDecimal EXCELLENT = BigDecimal.valueOf(90);

	private static final BigDecimal GOOD = BigDecimal.valueOf(80);

	private static final BigDecimal PASS = BigDecimal.valueOf(60);

	public static Grade of(BigDecimal total) {
		if (total.compareTo(EXCELLENT) >= 0) {
			return 优;
		}
		if (total.compareTo(GOOD) >= 0) {
			return 良;
		}
		return total.compareTo(PASS) >= 0 ? 中 : 差;
	}

}
