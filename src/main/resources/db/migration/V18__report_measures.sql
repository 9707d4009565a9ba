-- 自评报告“存在问题及改进措施”按评分数据起草：每个三级指标的语句增加“改进措施”（measure）一节，
-- 绩效自评表的年度绩效指标带“存在问题”“改进措施”语句模板。已保存的 SZ-COMMON 与 NATIONAL-FORM
-- 第 1 版补上与 frameworks/*.json 相同的语句。
-- (Generated from the final frameworks/*.json: each leaf's whole report list, V17's {subject} sentences included.)
update indicator_definition d set report = '[{"section":"measure","text":"下一步，将紧扣部门职责和年度重点工作编制预算，在不同项目、不同用途之间合理分配资金，细化专项资金预算，减少年度中间调剂。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '1.1.1';
update indicator_definition d set report = '[{"section":"problem","text":"发现预算编制不符合规范的情形 {nonconformities} 处。"},{"section":"measure","text":"下一步，将严格对照财政部门当年度部门预算编制工作方案和有关制度文件编制预算，规范项目库管理和新增项目事前绩效评估，杜绝不符合规范的情形。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '1.1.2';
update indicator_definition d set report = '[{"section":"problem","text":"未按要求编报或不符合要求的绩效目标 {nonconformities} 个。"},{"section":"measure","text":"下一步，将按要求编报部门整体和项目的绩效目标，做到应编尽编、依据充分、内容完整，实现绩效目标全覆盖。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '1.2.1';
update indicator_definition d set report = '[{"section":"measure","text":"下一步，将进一步重视绩效目标编报质量，将部门整体绩效目标细化分解为清晰、可衡量的绩效指标，难以量化的定性指标按“是/否”设置指标值，提高指标的量化程度。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '1.2.2';
update indicator_definition d set report = '[{"section":"execution","text":"{year} 年，{subject}采购指标资金 {plannedAmount} {unit}，实际支出 {actualAmount} {unit}，采购执行率 {actualAmount/plannedAmount}。"},{"section":"problem","text":"政府采购执行率为 {actualAmount/plannedAmount}（采购计划 {plannedAmount} {unit}，实际采购 {actualAmount} {unit}）。"},{"section":"measure","text":"下一步，将加强政府采购预算编制与执行管理，按计划及时组织采购，加快采购资金支付进度，落实政府采购政策功能，提高政府采购执行率。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.1.1';
update indicator_definition d set report = '[{"section":"problem","text":"年度内调整、调剂资金累计 {adjustedAmount} {unit}，占部门预算总规模 {budgetTotal} {unit} 的 {adjustedAmount/budgetTotal}。"},{"section":"measure","text":"下一步，将严格执行资金管理、费用支出和会计核算制度，从严控制预算调整、调剂，确保资金支出规范、核算准确。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.1.2';
update indicator_definition d set report = '[{"section":"measure","text":"下一步，将按照政府信息公开有关规定，在规定时限内按要求的内容和范围公开部门预算和决算信息。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.1.3';
update indicator_definition d set report = '[{"section":"measure","text":"下一步，将严格履行项目申报、审批、调整等程序，完善项目实施资料，确保项目实施程序规范。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.2.1';
update indicator_definition d set report = '[{"section":"measure","text":"下一步，将健全项目监管机制，加强对项目实施过程的跟踪检查，对发现的问题及时督促整改。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.2.2';
update indicator_definition d set report = '[{"section":"measure","text":"下一步，将健全资产管理制度，定期开展资产清查，做到账实相符，保障资产安全完整。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.3.1';
update indicator_definition d set report = '[{"section":"problem","text":"固定资产利用率为 {assetsInUse/assetsTotal}（在用固定资产 {assetsInUse} {unit}，固定资产总额 {assetsTotal} {unit}）。"},{"section":"measure","text":"下一步，将加强固定资产配置、使用和处置管理，盘活闲置资产，提高固定资产利用率。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.3.2';
update indicator_definition d set report = '[{"section":"execution","text":"{subject}核定编制数 {authorizedStaff} 人，年末实有在编人数 {staffOnPayroll} 人，编外人员 {2.4.2:nonPayrollStaff} 人。"},{"section":"problem","text":"年末实有在编人数 {staffOnPayroll} 人，核定编制数 {authorizedStaff} 人，财政供养人员控制率为 {staffOnPayroll/authorizedStaff}。"},{"section":"measure","text":"下一步，将严格执行机构编制管理规定，将年末实有在编人数控制在核定编制数以内。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.4.1';
update indicator_definition d set report = '[{"section":"problem","text":"编外人员 {nonPayrollStaff} 人，在编人数 {2.4.1:staffOnPayroll} 人，编外人员控制率为 {nonPayrollStaff/2.4.1:staffOnPayroll+nonPayrollStaff}。"},{"section":"measure","text":"下一步，将结合工作实际需要确定编外岗位数量，严格控制编外人员规模，实现人员精简。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.4.2';
update indicator_definition d set report = '[{"section":"measure","text":"下一步，将健全财务管理、资产管理、业务管理等内部管理制度，并加强制度执行情况的检查。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '2.5.1';
update indicator_definition d set report = '[{"section":"analysis","text":"{year} 年，{subject}日常公用经费全年预算数 {dailyPublicBudget} {unit}，实际支出 {dailyPublicActual} {unit}，执行率 {dailyPublicActual/dailyPublicBudget}；“三公”经费全年预算数 {threePublicBudget} {unit}，实际支出 {threePublicActual} {unit}，执行率 {threePublicActual/threePublicBudget}。"},{"section":"problem","text":"日常公用经费执行率为 {dailyPublicActual/dailyPublicBudget}，“三公”经费执行率为 {threePublicActual/threePublicBudget}。"},{"section":"measure","text":"下一步，将严格执行日常公用经费和“三公”经费预算，从严控制一般性支出，合理安排公用经费。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.1.1';
update indicator_definition d set report = '[{"section":"analysis","text":"{subject}全年预算执行率为 {q4}，第一至第三季度的部门预算执行率分别为 {q1}、{q2}、{q3}。"},{"section":"problem","text":"全年预算执行率为 {q4}，第一至第三季度累计支出进度分别为 {q1}、{q2}、{q3}。"},{"section":"measure","text":"下一步，将加强预算执行进度管理，按月梳理资金支出计划，提前谋划上级转移支付等资金的支出，及时与财政部门沟通资金统筹事宜，提高预算执行率。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.2.1';
update indicator_definition d set report = '[{"section":"problem","text":"未完成重点工作 {unfinishedKeyTasks} 项。"},{"section":"measure","text":"下一步，将对照年度重点工作任务制定推进计划，压实责任、加强督办，确保重点工作按期完成。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.2.2';
update indicator_definition d set report = '[{"section":"analysis","text":"{subject}计划完成项目 {plannedProjects} 个，按计划时间完成 {projectsOnTime} 个，完成率 {projectsOnTime/plannedProjects}。"},{"section":"problem","text":"计划完成项目 {plannedProjects} 个，按计划时间完成 {projectsOnTime} 个，完成率 {projectsOnTime/plannedProjects}。"},{"section":"measure","text":"下一步，将加强项目过程管理，提前做好资金支付计划，对上级转移支付项目及时与上级主管部门沟通，确保项目按计划时间完成。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.2.3';
update indicator_definition d set report = '[{"section":"measure","text":"下一步，将以服务对象需求为导向，加快推进重点项目和重点工作，持续提升履职的社会效益、经济效益和生态效益。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.3.1';
update indicator_definition d set report = '[{"section":"analysis","text":"{subject}受理群众信访 {petitionsReceived} 件，办理回复 {petitionsReplied} 件，按时办理回复 {petitionsRepliedOnTime} 件。","nonZero":["petitionsReceived"]},{"section":"problem","text":"受理群众信访 {petitionsReceived} 件，办理回复 {petitionsReplied} 件，按时办理回复 {petitionsRepliedOnTime} 件。","nonZero":["petitionsReceived"]},{"section":"measure","text":"下一步，将畅通群众意见反映渠道，完善群众信访办理回复机制，确保群众信访及时办理、按时回复。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.4.1';
update indicator_definition d set report = '[{"section":"analysis","text":"公众或服务对象满意度为 {satisfactionPercent}。"},{"section":"problem","text":"公众或服务对象满意度为 {satisfactionPercent}。"},{"section":"measure","text":"下一步，将定期开展公众或服务对象满意度调查，针对反映集中的问题及时整改，提升公众或服务对象满意度。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'SZ-COMMON' and f.version = 1 and d.code = '3.4.2';
update indicator_definition d set report = '[{"section":"problem","text":"全年预算数 {adjustedBudget} {unit}，全年执行数 {finalAccounts} {unit}，年度预算执行率为 {finalAccounts/adjustedBudget}。"},{"section":"measure","text":"下一步，将加强预算执行进度管理，按月梳理资金支出计划，及时与财政部门沟通资金统筹事宜，提高年度预算执行率。"}]'
  from indicator_framework f
 where d.framework_id = f.id and f.code = 'NATIONAL-FORM' and f.version = 1 and d.code = '1.1.1';
update indicator_framework
   set goals = (goals::jsonb || '{"problem":"{0}年度指标值为 {1}，实际完成值为 {2}，未达到年度指标值。","measure":"下一步，将深入分析{0}未达到年度指标值的原因，科学合理设定指标值，加强执行过程监控，确保年度绩效目标全面完成。"}'::jsonb)::text
 where code = 'NATIONAL-FORM' and version = 1 and goals is not null;
