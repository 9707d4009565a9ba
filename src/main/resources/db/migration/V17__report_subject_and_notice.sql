-- 自评报告的落款与导语：所依据的通知（文件名称与文号）和单位简称（我局、我院），由填报人填写。
alter table evaluation add column notice varchar(300);
alter table evaluation add column short_name varchar(20);

-- 报告语句的主语 {subject}：已保存框架的语句由 V18 按 frameworks/*.json 整体更新。
