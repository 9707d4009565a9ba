package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 评分等级 as the framework states them: SZ-COMMON's 优 ≥ 90 · 良 [80, 90) · 中 [60, 80) · 差
 * &lt; 60, and another region's scale.
 */
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
	void szCommonGradesATotal(BigDecimal total, String grade) {
		assertThat(SzCommon.grades().of(total)).isEqualTo(grade);
	}

	@Test
	void anotherScaleGivenInAnyOrderGradesByItsOwnBounds() {
		GradeScale scale = new GradeScale(List.of(new GradeScale.Step("合格", new BigDecimal("60")),
				new GradeScale.Step("不合格", BigDecimal.ZERO), new GradeScale.Step("优秀", new BigDecimal("85"))));
		assertThat(scale.of(new BigDecimal("85"))).isEqualTo("优秀");
		assertThat(scale.of(new BigDecimal("84.99"))).isEqualTo("合格");
		assertThat(scale.of(new BigDecimal("59.99"))).isEqualTo("不合格");
		assertThat(scale.steps()).extracting(GradeScale.Step::name).containsExactly("优秀", "合格", "不合格");
		assertThat(scale.standing("优秀")).isEqualTo("top");
		assertThat(scale.standing("合格")).isEqualTo("upper");
		assertThat(scale.standing("不合格")).isEqualTo("bottom");
		assertThat(SzCommon.grades().standing("中")).isEqualTo("lower");
		assertThat(SzCommon.grades().standing("甲")).isEqualTo("none");
		assertThatThrownBy(() -> new GradeScale(List.of(new GradeScale.Step("合格", new BigDecimal("60")))))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
