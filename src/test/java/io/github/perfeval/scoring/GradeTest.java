package io.github.perfeval.scoring;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 优 ≥ 90 · 良 [80, 90) · 中 [60, 80) · 差 < 60. */
class GradeTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(textBlock = """
			100,    优
			96.60,  优
			90,     优
			90.00,  优
			89.99,  良
			88.17,  良
			80,     良
			79.99,  中
			60,     中
			59.99,  差
			0,      差
			""")
	void gradeOfTotal(BigDecimal total, Grade grade) {
		assertThat(Grade.of(total)).isEqualTo(grade);
	}

}
