-- The words of the targets (issue 18; docs/methodology.md, "Words of the targets"): each target records the word of
-- its document that decides its comparator, and whether it says 力争 (strive for), which changes no comparator.
-- One rule for every word (plans.TargetWord): 突破, 以上, 左右, 翻一番, 达到/实现 and a plain figure are >=; 超过,
-- "more than", "exceed" are >. 以上 includes the figure and 超过 does not as 《民法典》 art. 1259 reads them.
alter table plans.target
    add column word varchar(16) check (word in ('REACH', 'BREAK_THROUGH', 'EXCEED', 'AT_OR_ABOVE', 'ABOUT', 'DOUBLE')),
    add column strive boolean not null default false,
    add column assumption_zh varchar(500),
    add column assumption_en varchar(500),
    add check (word is null or kind <> 'MONITOR');

create temporary table target_word (plan_code varchar(40), indicator_code varchar(60), scope_code varchar(40),
    target_year integer, word varchar(16), strive boolean, wording varchar(500));
insert into target_word values
    ('HZ-14FYP', 'added_value', '330100', 2025, 'REACH', false, null),
    ('HZ-14FYP', 'total_output', '330100', 2025, 'BREAK_THROUGH', false, null),
    ('HZ-14FYP', 'digital_revenue_share', '330100', 2025, 'EXCEED', true, null),
    ('HZ-14FYP', 'parks_platforms', '330100', 2025, 'REACH', false, '“十四五”时期文化产业发展主要指标表，2025年目标值：200'),
    ('HZ-14FYP', 'listed_leading_enterprises', '330100', 2025, 'REACH', false, '“十四五”时期文化产业发展主要指标表，2025年目标值：100'),
    ('HZ-14FYP', 'cultural_talents', '330100', 2025, 'REACH', false, '“十四五”时期文化产业发展主要指标表，2025年目标值：120'),
    ('HZ-14FYP', 'employment', '330100', 2025, 'REACH', false, '“十四五”时期文化产业发展主要指标表，2025年目标值：30'),
    ('HZ-14FYP', 'export_bases', '330100', 2025, 'REACH', false, '“十四五”时期文化产业发展主要指标表，2025年目标值：80'),
    ('HZ-14FYP', 'added_value_gdp_share', '330100', 2025, 'BREAK_THROUGH', true, null),
    ('HZ-14FYP', 'total_output', 'belt-zhijiang', 2025, 'ABOUT', false, null),
    ('HZ-14FYP', 'total_output', 'belt-canal', 2025, 'REACH', false, null),
    ('HZ-14FYP', 'project_start_completion_rate', 'belt-zhijiang', 2025, 'AT_OR_ABOVE', false, null),
    ('HZ-14FYP', 'project_start_completion_rate', 'belt-canal', 2025, 'AT_OR_ABOVE', false, null),
    ('HZ-14FYP', 'newly_listed_enterprises', '330100', 2025, 'ABOUT', true, null),
    ('HZ-14FYP', 'added_value', '330100', 2035, 'DOUBLE', false, null),
    ('HZ-14FYP', 'total_output', '330100', 2035, 'BREAK_THROUGH', true, null),
    ('HZ-ICCC-2025', 'added_value', '330100', 2025, 'EXCEED', false, null),
    ('HZ-ICCC-2025', 'digital_revenue_share', '330100', 2025, 'EXCEED', false, null),
    ('HZ-ICCC-2025', 'national_parks', '330100', 2025, 'EXCEED', false, null),
    ('HZ-ICCC-2025', 'key_enterprises', '330100', 2025, 'EXCEED', false, null),
    ('HZ-ICCC-2025', 'above_size_enterprises', '330100', 2025, 'EXCEED', false, null),
    ('HZ-ICCC-2025', 'leading_talents', '330100', 2025, 'EXCEED', false, null),
    ('HZ-ICCC-2025', 'above_size_employees', '330100', 2025, 'EXCEED', false, null),
    ('HZ-ICCC-2025', 'overseas_exchange_centres', '330100', 2025, 'EXCEED', false, null),
    ('HZ-ICCC-2025', 'export_bases', '330100', 2025, 'AT_OR_ABOVE', false, null),
    ('HZ-ICCC-2025', 'above_size_revenue', 'western-districts', 2025, 'EXCEED', false, null),
    ('HZ-ICCC-2025', 'above_size_revenue', 'two-belts', 2025, 'EXCEED', false, null),
    ('HZ-ICCC-2025', 'key_platforms', 'two-belts', 2025, 'EXCEED', false, null),
    ('MCT-DIGITAL-2025', 'leading_digital_culture_enterprises', '100000', 2025, 'REACH', false, null),
    ('MCT-DIGITAL-2025', 'digital_culture_clusters', '100000', 2025, 'REACH', false, null),
    ('MCT-DIGITAL-2025', 'digital_culture_demonstration_projects', '100000', 2025, 'REACH', false, null),
    ('BJ-CCI-2018', 'enterprises_revenue_over_100bn', '110000', 2023, 'REACH', false, null),
    ('BJ-CCI-2018', 'enterprises_revenue_over_50bn', '110000', 2023, 'AT_OR_ABOVE', false, null),
    ('BJ-CCI-2018', 'brand_enterprises', '110000', 2023, 'REACH', false, null),
    ('BJ-CCI-2018', 'smes_supported', '110000', 2023, 'REACH', false, null);

update plans.target t
   set word = w.word, strive = w.strive, wording = coalesce(t.wording, w.wording)
  from target_word w
 where t.plan_code = w.plan_code and t.indicator_code = w.indicator_code and t.scope_code = w.scope_code
   and t.target_year = w.target_year and t.kind <> 'MONITOR';

-- 总产出力争突破2万亿元 was read as > while 突破1万亿元 in the same plan was >=: one word, one comparator.
update plans.target t set comparator = '>='
 where plan_code = 'HZ-14FYP' and indicator_code = 'total_output' and scope_code = '330100' and target_year = 2035;

-- 翻一番 names no base: the portal reads it from 2020, the plan's baseline year (4570 = 2 × 2285).
update plans.target
   set assumption_zh = '“翻一番”原文未写明基数，按规划基期2020年实际值2285亿元计算（2 × 2285 = 4570亿元）；也可理解为以2025年为基数。',
       assumption_en = '"Doubling" names no base: the portal reads it from the plan''s baseline year, the 2020 actual of 228.5 billion yuan (2 × 228.5 = 457 billion yuan); it could also be read from 2025.'
 where plan_code = 'HZ-14FYP' and indicator_code = 'added_value' and scope_code = '330100' and target_year = 2035;

drop table target_word;
