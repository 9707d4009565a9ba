-- 绩效目标完成情况自评表: each indicator's value as the national 绩效自评表 enters it —
-- 指标性质 (=, ≥, ≤, 定性), 指标值, 单位, 完成值 — beside the texts as published.
alter table goal_indicator
    add column nature   varchar(16) check (nature in ('EQ', 'GE', 'LE', 'QUALITATIVE')),
    add column target   numeric,
    add column unit     varchar(32),
    add column achieved numeric;
