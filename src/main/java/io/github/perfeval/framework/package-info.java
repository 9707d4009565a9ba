/**
 * 指标体系: versioned indicator frameworks kept as data (weights, 指标说明, 评分标准, rules), loaded
 * from {@code classpath:frameworks/*.json} at start and imported or exported through
 * {@code /api/frameworks} in the same shape; a stored version never changes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Framework")
package io.github.perfeval.framework;
