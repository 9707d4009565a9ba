-- 评分快照记下哪些三级指标尚缺数据（首页列出“尚缺”时读快照，不再逐份重新评分）。
-- 已有的快照删去：应用启动后按自评重新评分补记（SnapshotRefresh）。
alter table score_snapshot_line add column missing boolean not null default false;
delete from score_snapshot;
