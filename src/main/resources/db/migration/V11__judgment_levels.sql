-- 成效档次 belong to the framework: each level's code (as evaluation documents name it), name and
-- bounds as percentages of the leaf's weight. Every framework stored before scored its judgment
-- leaves on the common levels (显著 [80 %, 100 %], 明显 [60 %, 80 %), 一般 [0, 60 %)): SZ-COMMON, and
-- any version imported with judgment leaves, which had no other levels to mean.
alter table indicator_framework add column judgment_levels text;
update indicator_framework
   set judgment_levels = '[{"code":"SIGNIFICANT","name":"显著","min":80,"minInclusive":true,"max":100,"maxInclusive":true},'
                      || '{"code":"CLEAR","name":"明显","min":60,"minInclusive":true,"max":80,"maxInclusive":false},'
                      || '{"code":"GENERAL","name":"一般","min":0,"minInclusive":true,"max":60,"maxInclusive":false}]';

-- The shipped SZ-COMMON v1 as sz-common.json now states it: each input's unit and help text, and
-- 在编人数 of 2.4.2 entered once, at 2.4.1 (scores unchanged where both leaves held the same number).
update indicator_definition set input_labels = '{"nonconformities":{"label":"不符合项数","unit":"项"}}'
 where code = '1.1.2' and framework_id in (select id from indicator_framework where code = 'SZ-COMMON' and version = 1);
update indicator_definition set input_labels = '{"nonconformities":{"label":"未按要求编报或不符合要求的绩效目标数","unit":"项"}}'
 where code = '1.2.1' and framework_id in (select id from indicator_framework where code = 'SZ-COMMON' and version = 1);
update indicator_definition set input_labels = '{"staffOnPayroll":{"label":"在编人数（含工勤人员）","unit":"人"},"authorizedStaff":{"label":"核定编制数（含工勤人员）","unit":"人"}}'
 where code = '2.4.1' and framework_id in (select id from indicator_framework where code = 'SZ-COMMON' and version = 1);
update indicator_definition set input_labels = '{"nonPayrollStaff":{"label":"编外人员数（含劳务派遣）","unit":"人","help":"本年度使用劳务派遣人员数量（含直接聘用的编外人员）"},"staffOnPayroll":{"label":"在编人数（含工勤人员）","unit":"人","sameAs":"2.4.1"}}'
 where code = '2.4.2' and framework_id in (select id from indicator_framework where code = 'SZ-COMMON' and version = 1);
update indicator_definition set input_labels = '{"q1":{"label":"一季度累计支出进度","unit":"%","help":"季度支出进度=季度末月份累计支出进度（即3、6、9、12月月末支出进度）"},"q2":{"label":"二季度累计支出进度","unit":"%","help":"季度支出进度=季度末月份累计支出进度（即3、6、9、12月月末支出进度）"},"q3":{"label":"三季度累计支出进度","unit":"%","help":"季度支出进度=季度末月份累计支出进度（即3、6、9、12月月末支出进度）"},"q4":{"label":"四季度累计支出进度","unit":"%","help":"季度支出进度=季度末月份累计支出进度（即3、6、9、12月月末支出进度）"}}'
 where code = '3.2.1' and framework_id in (select id from indicator_framework where code = 'SZ-COMMON' and version = 1);
update indicator_definition set input_labels = '{"unfinishedKeyTasks":{"label":"未完成重点工作数","unit":"项","help":"重点工作是指中央和省相关部门、市委、市政府、市人大交办或下达的工作任务。"}}'
 where code = '3.2.2' and framework_id in (select id from indicator_framework where code = 'SZ-COMMON' and version = 1);
update indicator_definition set input_labels = '{"plannedProjects":{"label":"计划完成项目总数","unit":"个","help":"部门预算安排的项目"},"projectsOnTime":{"label":"按计划时间完成项目数","unit":"个"}}'
 where code = '3.2.3' and framework_id in (select id from indicator_framework where code = 'SZ-COMMON' and version = 1);
update indicator_definition set input_labels = '{"channelEstablished":"是否建立群众意见反映渠道和办理回复机制","petitionsReceived":{"label":"当年度受理群众信访件数","unit":"件"},"petitionsReplied":{"label":"已办理回复件数","unit":"件"},"petitionsRepliedOnTime":{"label":"按期办理回复件数（未超期）","unit":"件"}}'
 where code = '3.4.1' and framework_id in (select id from indicator_framework where code = 'SZ-COMMON' and version = 1);
update indicator_definition set input_labels = '{"satisfactionPercent":{"label":"公众或服务对象满意度（%）","unit":"%"}}'
 where code = '3.4.2' and framework_id in (select id from indicator_framework where code = 'SZ-COMMON' and version = 1);
