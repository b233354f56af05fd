-- The plans' source documents as data (issue 13): a page, an export or a PDF cites a document by its title, issuing
-- body, date and number, and a target by the section of it, as officials cite (《杭州市文化产业发展“十四五”规划》三（三）
-- 主要指标表第1行). Only what the seed text states is recorded: no number, body or date is filled in from elsewhere.
-- `seed_file` names the file in shared/seeds for traceability only; no page shows it. `text_language` is the language
-- of the text the portal holds: an English text is a translation of the Chinese document (the official Chinese text
-- is not at hand), so the Chinese words of its targets are the portal's translation (译文).
create table plans.source_document (
    code            varchar(40)  primary key,
    title_zh        varchar(300) not null,
    title_en        varchar(300) not null,
    issuer_zh       varchar(200),
    issuer_en       varchar(200),
    issued_on       date,
    number_zh       varchar(100),
    number_en       varchar(100),
    text_language   varchar(2)   not null check (text_language in ('zh', 'en')),
    seed_file       varchar(100),
    check ((issuer_zh is null) = (issuer_en is null)),
    check ((number_zh is null) = (number_en is null))
);

insert into plans.source_document (code, title_zh, title_en, issuer_zh, issuer_en, issued_on, number_zh, number_en,
                                   text_language, seed_file) values
    -- the seed states neither the issuing body nor the date
    ('hz-14fyp', '杭州市文化产业发展“十四五”规划',
     'Hangzhou Cultural Industry Development Plan for the 14th Five-Year Plan Period (2021-2025)',
     null, null, null, null, null, 'zh', '001_89165758de0c030f.txt'),
    -- the notice is signed by both general offices on May 23, 2023; the seed gives no document number
    ('hz-iccc-2025', '杭州市加快国际文化创意中心建设行动计划（2023—2025年）',
     'Hangzhou Action Plan for Accelerating the Construction of an International Cultural and Creative Center (2023-2025)',
     '中共杭州市委办公厅、杭州市人民政府办公厅',
     'General Office of the CPC Hangzhou Municipal Committee and General Office of the Hangzhou Municipal People''s Government',
     date '2023-05-23', null, null, 'en', '000_e14a76f161e5b88d.txt'),
    -- the seed gives the number (Cultural Tourism Industry Development (2020) No. 78) but no date
    ('mct-digital-2020', '文化和旅游部关于推动数字文化产业高质量发展的意见',
     'Opinions of the Ministry of Culture and Tourism on Promoting the High-quality Development of the Digital Culture Industry',
     '文化和旅游部', 'Ministry of Culture and Tourism', null,
     '文旅产业发〔2020〕78号', 'Cultural Tourism Industry Development (2020) No. 78', 'en', '004_2597b18264159801.txt'),
    -- an English reference version (page updated 2018-11-28); the seed states no date of issue
    ('bj-cci-2018', '北京市关于推进文化创意产业创新发展的意见',
     'Beijing Opinions on Promoting Innovative Development in the Cultural and Creative Industry',
     '中共北京市委、北京市人民政府', 'CPC Beijing Municipal Committee and Beijing Municipal People''s Government',
     null, null, null, 'en', '002_f088c217312352dc.txt'),
    -- a news report of the government work report (China News Service, Hangzhou, January 24, 2026); the Chinese
    -- title is the portal's translation of the English headline
    ('cns-new3-2026', '文化“新三样”扬帆出海，杭州力争领跑',
     'The "New Three Cultural Exports" Go Global, Hangzhou Aims to Lead',
     '中国新闻网', 'China News Service', date '2026-01-24', null, null, 'en', '003_6fe647aec305c372.txt');

alter table plans.plan add column document_code varchar(40) references plans.source_document (code);

update plans.plan p set document_code = d.code
  from (values ('HZ-14FYP', 'hz-14fyp'), ('HZ-ICCC-2025', 'hz-iccc-2025'), ('MCT-DIGITAL-2025', 'mct-digital-2020'),
               ('BJ-CCI-2018', 'bj-cci-2018'), ('HZ-NEW3-2026', 'cns-new3-2026')) as d (plan_code, code)
 where p.code = d.plan_code;

-- The section of the document a target is cited by, in both languages; `source` keeps the technical reference.
alter table plans.target
    add column section_zh varchar(300),
    add column section_en varchar(300);

create temporary table target_section (plan_code varchar(40), indicator_code varchar(60), scope_code varchar(40),
    target_year integer, section_zh varchar(300), section_en varchar(300));
insert into target_section values
    ('HZ-14FYP', 'added_value', '330100', 2025, '三（三）主要指标表第1行', '3.(3), table of main indicators, row 1'),
    ('HZ-14FYP', 'total_output', '330100', 2025, '三（三）主要指标表第2行', '3.(3), table of main indicators, row 2'),
    ('HZ-14FYP', 'digital_revenue_share', '330100', 2025, '三（三）主要指标表第3行', '3.(3), table of main indicators, row 3'),
    ('HZ-14FYP', 'parks_platforms', '330100', 2025, '三（三）主要指标表第4行', '3.(3), table of main indicators, row 4'),
    ('HZ-14FYP', 'listed_leading_enterprises', '330100', 2025, '三（三）主要指标表第5行', '3.(3), table of main indicators, row 5'),
    ('HZ-14FYP', 'cultural_talents', '330100', 2025, '三（三）主要指标表第6行', '3.(3), table of main indicators, row 6'),
    ('HZ-14FYP', 'employment', '330100', 2025, '三（三）主要指标表第7行', '3.(3), table of main indicators, row 7'),
    ('HZ-14FYP', 'export_bases', '330100', 2025, '三（三）主要指标表第8行', '3.(3), table of main indicators, row 8'),
    ('HZ-14FYP', 'added_value_gdp_share', '330100', 2025, '三（三）目标定位', '3.(3) Aims and positioning'),
    ('HZ-14FYP', 'total_output', 'belt-zhijiang', 2025, '五（一）两带引领：之江文化产业带', '5.(1) Two leading belts: the Zhijiang Cultural Industry Belt'),
    ('HZ-14FYP', 'total_output', 'belt-canal', 2025, '五（一）两带引领：大运河（杭州段）文化产业带', '5.(1) Two leading belts: the Grand Canal (Hangzhou Section) Cultural Industry Belt'),
    ('HZ-14FYP', 'project_start_completion_rate', 'belt-zhijiang', 2025, '六（三）文化平台建设工程', '6.(3) Cultural platform construction project'),
    ('HZ-14FYP', 'project_start_completion_rate', 'belt-canal', 2025, '六（三）文化平台建设工程', '6.(3) Cultural platform construction project'),
    ('HZ-14FYP', 'newly_listed_enterprises', '330100', 2025, '六（四）文化名企创优工程', '6.(4) Leading cultural enterprises project'),
    ('HZ-14FYP', 'added_value', '330100', 2035, '三（三）目标定位，展望2035年', '3.(3) Aims and positioning, outlook to 2035'),
    ('HZ-14FYP', 'total_output', '330100', 2035, '三（三）目标定位，展望2035年', '3.(3) Aims and positioning, outlook to 2035'),
    ('HZ-ICCC-2025', 'added_value', '330100', 2025, '二、工作目标：产业综合实力全国领先', '2. Work objectives: the comprehensive strength of the industry in the forefront of the country'),
    ('HZ-ICCC-2025', 'digital_revenue_share', '330100', 2025, '二、工作目标：产业综合实力全国领先', '2. Work objectives: the comprehensive strength of the industry in the forefront of the country'),
    ('HZ-ICCC-2025', 'national_parks', '330100', 2025, '二、工作目标：重大引擎平台彰显国际水准', '2. Work objectives: major engine platforms demonstrate international standards'),
    ('HZ-ICCC-2025', 'key_enterprises', '330100', 2025, '二、工作目标：创新发展环境对标国际一流', '2. Work objectives: an innovative development environment benchmarked against the world''s best'),
    ('HZ-ICCC-2025', 'above_size_enterprises', '330100', 2025, '二、工作目标：创新发展环境对标国际一流', '2. Work objectives: an innovative development environment benchmarked against the world''s best'),
    ('HZ-ICCC-2025', 'leading_talents', '330100', 2025, '二、工作目标：创新发展环境对标国际一流', '2. Work objectives: an innovative development environment benchmarked against the world''s best'),
    ('HZ-ICCC-2025', 'above_size_employees', '330100', 2025, '二、工作目标：创新发展环境对标国际一流', '2. Work objectives: an innovative development environment benchmarked against the world''s best'),
    ('HZ-ICCC-2025', 'overseas_exchange_centres', '330100', 2025, '二、工作目标：文化品牌传播提升全球影响', '2. Work objectives: cultural brand communication enhances global influence'),
    ('HZ-ICCC-2025', 'export_bases', '330100', 2025, '二、工作目标：文化品牌传播提升全球影响', '2. Work objectives: cultural brand communication enhances global influence'),
    ('HZ-ICCC-2025', 'above_size_revenue', 'western-districts', 2025, '二、工作目标：文化共建共享引领美好生活', '2. Work objectives: cultural co-construction and sharing lead a better life'),
    ('HZ-ICCC-2025', 'above_size_revenue', 'two-belts', 2025, '三、重点任务（一）2. 强化重大项目引领带动', '3. Key tasks (1) 2. Strengthen the lead of major projects'),
    ('HZ-ICCC-2025', 'key_platforms', 'two-belts', 2025, '三、重点任务（一）2. 强化重大项目引领带动', '3. Key tasks (1) 2. Strengthen the lead of major projects'),
    ('MCT-DIGITAL-2025', 'leading_digital_culture_enterprises', '100000', 2025, '一、总体要求（三）发展目标', '1. General requirements (3) Development goals'),
    ('MCT-DIGITAL-2025', 'digital_culture_clusters', '100000', 2025, '一、总体要求（三）发展目标', '1. General requirements (3) Development goals'),
    ('MCT-DIGITAL-2025', 'digital_culture_demonstration_projects', '100000', 2025, '一、总体要求（三）发展目标', '1. General requirements (3) Development goals'),
    ('BJ-CCI-2018', 'enterprises_revenue_over_100bn', '110000', 2023, '三（二）支持重点企业', '3.(2) Support key enterprises'),
    ('BJ-CCI-2018', 'enterprises_revenue_over_50bn', '110000', 2023, '三（二）支持重点企业', '3.(2) Support key enterprises'),
    ('BJ-CCI-2018', 'brand_enterprises', '110000', 2023, '三（二）支持重点企业', '3.(2) Support key enterprises'),
    ('BJ-CCI-2018', 'smes_supported', '110000', 2023, '三（二）支持重点企业', '3.(2) Support key enterprises');

update plans.target t set section_zh = s.section_zh, section_en = s.section_en
  from target_section s
 where t.plan_code = s.plan_code and t.indicator_code = s.indicator_code and t.scope_code = s.scope_code
   and t.target_year = s.target_year;

-- seed 003's figures of the 14th Five-Year Plan period, one paragraph for all of them
update plans.target set section_zh = '“数据显示，‘十四五’期间”一段',
                        section_en = 'paragraph "Statistics show that during the 14th Five-Year Plan period"'
 where plan_code = 'HZ-NEW3-2026';
