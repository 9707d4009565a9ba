-- 绩效自评表: each 年度绩效指标 may carry its 分值 and, for a 定性 indicator, its 完成档次 (达成,
-- 部分达成, 未达成 …, the framework's levels); a framework whose leaves are these indicators says
-- so in goals (its GoalScheme as JSON).
alter table goal_indicator
    add column points numeric,
    add column level  varchar(32);
alter table indicator_framework add column goals text;
