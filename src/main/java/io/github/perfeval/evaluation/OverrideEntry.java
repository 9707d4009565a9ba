package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Embeddable;

/** 调整得分 of one leaf, who set it and when. */
@Embeddable
record OverrideEntry(String code, BigDecimal score, String reason, String setBy, Instant setAt) {
}
