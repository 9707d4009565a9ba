/**
 * 提分测算 (what-if): for an evaluation's 评分表, how many points each better 评分等级 needs and
 * which 三级指标 can bring them — the fewest leaves first — and what total and grade a set of
 * hypothetical scores would give. Read only: nothing is saved. The rule
 * ({@link io.github.perfeval.whatif.WhatIf}) is plain Java over the scoring module's
 * sheet and grade scale; the page lives in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "What-if")
package io.github.perfeval.whatif;
