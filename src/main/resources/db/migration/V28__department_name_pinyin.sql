-- 部门名称按拼音排序（总览、批量导出）：ICU 的中文拼音排序规则，而不是按码位（"上海" 排在 "北京" 之前）。
-- 排序规则建在应用的模式中，查询写 d.name collate pinyin；索引为按名称排序与按名称翻页所用。
create collation if not exists pinyin (provider = icu, locale = 'zh-u-co-pinyin');

create index department_name_pinyin on department ((name collate pinyin), code);
