/**
 * 统计图表: results across departments for a year (评分等级分布, 三级指标平均扣分) and one department's or
 * evaluation's results against the averages of the departments the viewer sees (历年综合评分,
 * 二级指标得分率). {@link io.github.perfeval.charts.Charts} is the module's API: aggregate SQL
 * over the stored score snapshots, never scoring again; the pages live in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charts")
package io.github.perfeval.charts;
