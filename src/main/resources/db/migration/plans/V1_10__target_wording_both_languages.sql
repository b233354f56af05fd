-- The words of each target in both languages (issue 13): a Chinese page shows Chinese and an English page English.
-- `wording` stays the text as the portal holds it (the seed's language); the other language is the portal's
-- translation, labelled 译文 / "Translation" on the page (the document's text_language says which is which).
alter table plans.target
    add column wording_zh varchar(500),
    add column wording_en varchar(500);

update plans.target set wording_zh = wording where wording ~ '[一-鿿]';
update plans.target set wording_en = wording where wording is not null and wording !~ '[一-鿿]';

create temporary table target_translation (plan_code varchar(40), indicator_code varchar(60), scope_code varchar(40),
    target_year integer, language varchar(2), wording varchar(500));
insert into target_translation values
    ('HZ-14FYP', 'added_value', '330100', 2025, 'en', 'the added value of the city''s cultural industry reaches 300 billion yuan'),
    ('HZ-14FYP', 'total_output', '330100', 2025, 'en', 'total output breaks through 1 trillion yuan'),
    ('HZ-14FYP', 'digital_revenue_share', '330100', 2025, 'en', 'table, 2025 target ">65"; text: the share strives to exceed 65%'),
    ('HZ-14FYP', 'parks_platforms', '330100', 2025, 'en', 'table of main indicators of the 14th Five-Year Plan period, 2025 target: 200'),
    ('HZ-14FYP', 'listed_leading_enterprises', '330100', 2025, 'en', 'table of main indicators of the 14th Five-Year Plan period, 2025 target: 100'),
    ('HZ-14FYP', 'cultural_talents', '330100', 2025, 'en', 'table of main indicators of the 14th Five-Year Plan period, 2025 target: 120'),
    ('HZ-14FYP', 'employment', '330100', 2025, 'en', 'table of main indicators of the 14th Five-Year Plan period, 2025 target: 30'),
    ('HZ-14FYP', 'export_bases', '330100', 2025, 'en', 'table of main indicators of the 14th Five-Year Plan period, 2025 target: 80'),
    ('HZ-14FYP', 'added_value_gdp_share', '330100', 2025, 'en', 'the cultural industry''s share of GDP strives to break through 16%'),
    ('HZ-14FYP', 'total_output', 'belt-zhijiang', 2025, 'en', 'by 2025 the region''s cultural industry output reaches about 500 billion yuan'),
    ('HZ-14FYP', 'total_output', 'belt-canal', 2025, 'en', 'by 2025 the region''s cultural industry output reaches 500 billion yuan'),
    ('HZ-14FYP', 'project_start_completion_rate', 'belt-zhijiang', 2025, 'en', 'ensure that the key projects of the Zhijiang and Grand Canal (Hangzhou Section) cultural industry belts are updated continuously and their start and completion rate always stays at 90% or above'),
    ('HZ-14FYP', 'project_start_completion_rate', 'belt-canal', 2025, 'en', 'ensure that the key projects of the Zhijiang and Grand Canal (Hangzhou Section) cultural industry belts are updated continuously and their start and completion rate always stays at 90% or above'),
    ('HZ-14FYP', 'newly_listed_enterprises', '330100', 2025, 'en', 'strive to cultivate about 20 newly listed cultural enterprises'),
    ('HZ-14FYP', 'added_value', '330100', 2035, 'en', 'looking ahead to 2035 ... the added value of the city''s cultural industry doubles'),
    ('HZ-14FYP', 'total_output', '330100', 2035, 'en', 'looking ahead to 2035 ... total output strives to break through 2 trillion yuan'),
    ('HZ-ICCC-2025', 'added_value', '330100', 2025, 'zh', '全市文化产业增加值超过2800亿元'),
    ('HZ-ICCC-2025', 'digital_revenue_share', '330100', 2025, 'zh', '全市规上数字文化企业营业收入占规上文化企业营业收入比重超过75%'),
    ('HZ-ICCC-2025', 'national_parks', '330100', 2025, 'zh', '全市培育国家级文化产业园区（基地）超过23家'),
    ('HZ-ICCC-2025', 'key_enterprises', '330100', 2025, 'zh', '培育文化领军企业、国内外文化企业总部、上市文化企业等重点文化企业超过150家'),
    ('HZ-ICCC-2025', 'above_size_enterprises', '330100', 2025, 'zh', '全市规上文化企业超过1500家'),
    ('HZ-ICCC-2025', 'leading_talents', '330100', 2025, 'zh', '培育引进文化领军人才和高层次文化人才超过150名'),
    ('HZ-ICCC-2025', 'above_size_employees', '330100', 2025, 'zh', '规上文化企业从业人员超过22万人'),
    ('HZ-ICCC-2025', 'overseas_exchange_centres', '330100', 2025, 'zh', '建成海外文化创意产业交流中心超过5个'),
    ('HZ-ICCC-2025', 'export_bases', '330100', 2025, 'zh', '培育重点文化出口基地、企业和项目不少于55个'),
    ('HZ-ICCC-2025', 'above_size_revenue', 'western-districts', 2025, 'zh', '西部区、县（市）规上文化企业营业收入总额增长超过10%'),
    ('HZ-ICCC-2025', 'above_size_revenue', 'two-belts', 2025, 'zh', '到2025年，“两带”规上文化企业营业收入总额超过8000亿元'),
    ('HZ-ICCC-2025', 'key_platforms', 'two-belts', 2025, 'zh', '集聚重点文化产业平台超过80个'),
    ('MCT-DIGITAL-2025', 'leading_digital_culture_enterprises', '100000', 2025, 'zh', '到2025年，培育20家社会效益和经济效益突出、创新能力强、具有国际影响力的领军企业'),
    ('MCT-DIGITAL-2025', 'digital_culture_clusters', '100000', 2025, 'zh', '打造5个具有区域影响力、引领数字文化产业发展的产业集群'),
    ('MCT-DIGITAL-2025', 'digital_culture_demonstration_projects', '100000', 2025, 'zh', '建设200个具有示范带动作用的数字文化产业项目'),
    ('BJ-CCI-2018', 'enterprises_revenue_over_100bn', '110000', 2023, 'zh', '五年内培育1至2家年营业收入超过1000亿元的文化创意企业'),
    ('BJ-CCI-2018', 'enterprises_revenue_over_50bn', '110000', 2023, 'zh', '5家以上年营业收入超过500亿元的文化创意企业'),
    ('BJ-CCI-2018', 'brand_enterprises', '110000', 2023, 'zh', '形成100家品牌突出、创新能力强或规模较大的文化创意企业'),
    ('BJ-CCI-2018', 'smes_supported', '110000', 2023, 'zh', '每年支持200家具有创新能力的中小企业');

update plans.target t set wording_zh = coalesce(t.wording_zh, x.wording)
  from target_translation x
 where x.language = 'zh' and t.plan_code = x.plan_code and t.indicator_code = x.indicator_code
   and t.scope_code = x.scope_code and t.target_year = x.target_year;
update plans.target t set wording_en = coalesce(t.wording_en, x.wording)
  from target_translation x
 where x.language = 'en' and t.plan_code = x.plan_code and t.indicator_code = x.indicator_code
   and t.scope_code = x.scope_code and t.target_year = x.target_year;

update plans.target set wording_zh = '无量化目标；2026年方向：打造全国文化“新三样”高质量发展引领区和出海示范区（第一段）'
 where plan_code = 'HZ-NEW3-2026' and kind = 'MONITOR';
