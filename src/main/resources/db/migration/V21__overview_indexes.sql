-- 总览：按年度选出各部门的自评（及可选的年度列表），并只为当前页的自评统计待答复的审核意见。
-- 审核意见此前没有按自评的索引，每页都要扫描全部意见。
create index evaluation_year on evaluation (year, department_id);
create index review_comment_evaluation on review_comment (evaluation_id);
