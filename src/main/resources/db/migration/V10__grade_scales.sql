-- 评分等级 belong to the framework: each grade's name and the lowest 总分 that reaches it. Frameworks
-- stored before had the common scale (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below).
alter table indicator_framework add column grades text;
update indicator_framework
   set grades = '[{"name":"优","min":90},{"name":"良","min":80},{"name":"中","min":60},{"name":"差","min":0}]';
alter table indicator_framework alter column grades set not null;
