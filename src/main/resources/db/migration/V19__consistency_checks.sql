-- 一致性检查属于指标体系：应当一致的数据（如四季度支出进度与表 1-1 的执行率）写在指标体系里，
-- 评分表与导出文件据此给出附注。已保存的版本补上与 sz-common.json、national-form.json 相同的检查。
alter table indicator_framework add column checks text;
update indicator_framework
   set checks = '[{"kind":"ratio","indicator":"3.2.1","input":"q4","numerator":"finalAccounts","denominator":"adjustedBudget"},{"kind":"total","indicator":"2.1.2","input":"budgetTotal","total":"initialBudget"},{"kind":"total","indicator":"2.1.2","input":"adjustedAmount","total":"adjustedBudget","less":"initialBudget"}]'
 where code = 'SZ-COMMON' and version = 1;
update indicator_framework
   set checks = '[{"kind":"total","indicator":"1.1.1","input":"adjustedBudget","total":"adjustedBudget"},{"kind":"total","indicator":"1.1.1","input":"finalAccounts","total":"finalAccounts"}]'
 where code = 'NATIONAL-FORM' and version = 1;
