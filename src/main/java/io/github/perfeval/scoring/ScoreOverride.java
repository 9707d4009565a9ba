package io.github.perfeval.scoring;

import java.math.BigDecimal;

/** 调整得分：a reviewer's score for a leaf, kept beside the computed one, with its reason. */
public record ScoreOverride(BigDecimal score, String reason) {
}
