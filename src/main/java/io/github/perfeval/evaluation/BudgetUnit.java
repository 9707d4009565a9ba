package io.github.perfeval.evaluation;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/** A row of 表 1-1 各单位预算执行情况表. */
@Embeddable
record BudgetUnit(String name, BigDecimal initialBudget, BigDecimal adjustedBudget, BigDecimal finalAccounts) {
}
