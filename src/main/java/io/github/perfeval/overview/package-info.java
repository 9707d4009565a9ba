/**
 * 总览: a year's evaluations across the departments a viewer sees, one row each with its
 * stored score (综合评分, 评分等级, each 一级指标, 扣分), status and open remarks; filtered, sorted and
 * paged in the database, with the year's counts and averages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Overview")
package io.github.perfeval.overview;
