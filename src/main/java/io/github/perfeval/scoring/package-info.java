/**
 * 评分引擎：把三级指标的评分规则（rule kinds of FRAMEWORK.md §2）作用于填报数据，得出评分表。 Plain Java: no Spring, no
 * JPA, so every rule can be unit-tested at its boundaries. Arithmetic is exact
 * (fractions, see {@code Exact}); a leaf is rounded once, half-up to two decimals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring")
package io.github.perfeval.scoring;
