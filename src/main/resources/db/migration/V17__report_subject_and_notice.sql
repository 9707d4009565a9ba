-- 自评报告的落款与导语：所依据的通知（文件名称与文号）和单位简称（我局、我院），由填报人填写。
alter table evaluation add column notice varchar(300);
alter table evaluation add column short_name varchar(20);

-- 报告语句的主语：执行情况与绩效分析的语句以 {subject}（单位简称，未填时为部门名称）开头，
-- 与 sz-common.json 相同。只改这些语句本身（存在问题的语句不动），已保存的 SZ-COMMON 第 1 版随之更新。
update indicator_definition d
   set report = replace(report, '"section":"execution","text":"{year} 年，采购指标资金', '"section":"execution","text":"{year} 年，{subject}采购指标资金')
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.1.1';
update indicator_definition d
   set report = replace(report, '"section":"execution","text":"核定编制数', '"section":"execution","text":"{subject}核定编制数')
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.4.1';
update indicator_definition d
   set report = replace(report, '"section":"analysis","text":"{year} 年，日常公用经费', '"section":"analysis","text":"{year} 年，{subject}日常公用经费')
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.1.1';
update indicator_definition d
   set report = replace(report, '"section":"analysis","text":"全年预算执行率为', '"section":"analysis","text":"{subject}全年预算执行率为')
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.2.1';
update indicator_definition d
   set report = replace(report, '"section":"analysis","text":"计划完成项目', '"section":"analysis","text":"{subject}计划完成项目')
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.2.3';
update indicator_definition d
   set report = replace(report, '"section":"analysis","text":"受理群众信访', '"section":"analysis","text":"{subject}受理群众信访')
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.4.1';
