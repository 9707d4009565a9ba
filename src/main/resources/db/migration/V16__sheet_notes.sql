-- 评分表的附注属于指标体系（SZ-COMMON 的附注说明该框架的适用对象与参考分值），不再写在程序里。
alter table indicator_framework add column sheet_notes text;
update indicator_framework
   set sheet_notes = '["附注：1.《部门整体支出绩效评价共性指标体系框架》的适用对象是部门和单位；","2.各项指标的分值是参考分值，各部门各单位在开展绩效评价时可结合不同评价对象的特点，赋予评价指标科学合理的权重分值，明确具体的评分标准。"]'
 where code = 'SZ-COMMON';
