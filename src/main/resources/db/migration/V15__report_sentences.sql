-- 自评报告的语句属于指标体系：每个三级指标可带若干语句模板（执行情况、绩效分析、存在问题），
-- 以占位符引用填报项。已保存的 SZ-COMMON 第 1 版补上与 sz-common.json 相同的语句。
alter table indicator_definition add column report text;
update indicator_definition d set report = '[{"section":"problem","text":"发现预算编制不符合规范的情形 {nonconformities} 处。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '1.1.2';
update indicator_definition d set report = '[{"section":"problem","text":"未按要求编报或不符合要求的绩效目标 {nonconformities} 个。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '1.2.1';
update indicator_definition d set report = '[{"section":"execution","text":"{year} 年，采购指标资金 {plannedAmount} {unit}，实际支出 {actualAmount} {unit}，采购执行率 {actualAmount/plannedAmount}。"},{"section":"problem","text":"政府采购执行率为 {actualAmount/plannedAmount}（采购计划 {plannedAmount} {unit}，实际采购 {actualAmount} {unit}）。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.1.1';
update indicator_definition d set report = '[{"section":"problem","text":"年度内调整、调剂资金累计 {adjustedAmount} {unit}，占部门预算总规模 {budgetTotal} {unit} 的 {adjustedAmount/budgetTotal}。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.1.2';
update indicator_definition d set report = '[{"section":"problem","text":"固定资产利用率为 {assetsInUse/assetsTotal}（在用固定资产 {assetsInUse} {unit}，固定资产总额 {assetsTotal} {unit}）。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.3.2';
update indicator_definition d set report = '[{"section":"execution","text":"核定编制数 {authorizedStaff} 人，年末实有在编人数 {staffOnPayroll} 人，编外人员 {2.4.2:nonPayrollStaff} 人。"},{"section":"problem","text":"年末实有在编人数 {staffOnPayroll} 人，核定编制数 {authorizedStaff} 人，财政供养人员控制率为 {staffOnPayroll/authorizedStaff}。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.4.1';
update indicator_definition d set report = '[{"section":"problem","text":"编外人员 {nonPayrollStaff} 人，在编人数 {2.4.1:staffOnPayroll} 人，编外人员控制率为 {nonPayrollStaff/2.4.1:staffOnPayroll+nonPayrollStaff}。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.4.2';
update indicator_definition d set report = '[{"section":"analysis","text":"{year} 年，日常公用经费全年预算数 {dailyPublicBudget} {unit}，实际支出 {dailyPublicActual} {unit}，执行率 {dailyPublicActual/dailyPublicBudget}；“三公”经费全年预算数 {threePublicBudget} {unit}，实际支出 {threePublicActual} {unit}，执行率 {threePublicActual/threePublicBudget}。"},{"section":"problem","text":"日常公用经费执行率为 {dailyPublicActual/dailyPublicBudget}，“三公”经费执行率为 {threePublicActual/threePublicBudget}。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.1.1';
update indicator_definition d set report = '[{"section":"analysis","text":"全年预算执行率为 {q4}，第一至第三季度的部门预算执行率分别为 {q1}、{q2}、{q3}。"},{"section":"problem","text":"第一至第四季度累计支出进度分别为 {q1}、{q2}、{q3}、{q4}。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.2.1';
update indicator_definition d set report = '[{"section":"problem","text":"未完成重点工作 {unfinishedKeyTasks} 项。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.2.2';
update indicator_definition d set report = '[{"section":"analysis","text":"计划完成项目 {plannedProjects} 个，按计划时间完成 {projectsOnTime} 个，完成率 {projectsOnTime/plannedProjects}。"},{"section":"problem","text":"计划完成项目 {plannedProjects} 个，按计划时间完成 {projectsOnTime} 个，完成率 {projectsOnTime/plannedProjects}。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.2.3';
update indicator_definition d set report = '[{"section":"analysis","text":"受理群众信访 {petitionsReceived} 件，办理回复 {petitionsReplied} 件，按时办理回复 {petitionsRepliedOnTime} 件。","nonZero":["petitionsReceived"]},{"section":"problem","text":"受理群众信访 {petitionsReceived} 件，办理回复 {petitionsReplied} 件，按时办理回复 {petitionsRepliedOnTime} 件。","nonZero":["petitionsReceived"]}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.4.1';
update indicator_definition d set report = '[{"section":"analysis","text":"公众或服务对象满意度为 {satisfactionPercent}。"},{"section":"problem","text":"公众或服务对象满意度为 {satisfactionPercent}。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.4.2';
