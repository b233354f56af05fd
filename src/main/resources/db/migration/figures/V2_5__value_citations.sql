-- The words a page cites a value by (issue 13): the publication, its date and section, as officials cite a source.
-- `source` stays the technical reference (a seed file, a report's key, an import's row). A value without citation
-- words is cited by its source's text (values imported with a source of their own).
alter table figures.indicator_value
    add column citation_zh varchar(500),
    add column citation_en varchar(500);

create temporary table cited (pattern varchar(300), citation_zh varchar(500), citation_en varchar(500));
insert into cited values
    -- seed 001: the 14th Five-Year Plan's own table and its review of the 13th
    ('^seed 001_89165758de0c030f\.txt, (十四五 )?indicator table row ([1-8])$',
     '《杭州市文化产业发展“十四五”规划》三（三）主要指标表第\2行（2020年实际值）',
     'Hangzhou Cultural Industry Development Plan for the 14th Five-Year Plan Period (2021-2025), 3.(3), table of main indicators, row \2 (2020 actual)'),
    ('^seed 001_89165758de0c030f\.txt, (section )?一（一）.*$',
     '《杭州市文化产业发展“十四五”规划》一（一）产业发展能级稳居全国前列',
     'Hangzhou Cultural Industry Development Plan for the 14th Five-Year Plan Period (2021-2025), 1.(1) The industry''s level stays among the country''s first'),
    ('^seed 001_89165758de0c030f\.txt, (section )?一（二）.*$',
     '《杭州市文化产业发展“十四五”规划》一（二）产业发展格局持续优化升级',
     'Hangzhou Cultural Industry Development Plan for the 14th Five-Year Plan Period (2021-2025), 1.(2) The industry''s layout keeps improving'),
    ('^seed 001_89165758de0c030f\.txt, (section )?一（四）.*$',
     '《杭州市文化产业发展“十四五”规划》一（四）文化创新发展环境得天独厚',
     'Hangzhou Cultural Industry Development Plan for the 14th Five-Year Plan Period (2021-2025), 1.(4) An exceptional environment for cultural innovation'),
    ('^seed 001_89165758de0c030f\.txt, (section )?一（五）.*$',
     '《杭州市文化产业发展“十四五”规划》一（五）文化企业发展质量领跑全国',
     'Hangzhou Cultural Industry Development Plan for the 14th Five-Year Plan Period (2021-2025), 1.(5) Cultural enterprises lead the country in quality'),
    -- seed 003: the news report of the 2026 government work report
    ('^seed 003_6fe647aec305c372\.txt, paragraph "Statistics show that during the 14th Five-Year Plan period".*$',
     '中国新闻网《文化“新三样”扬帆出海，杭州力争领跑》，2026年1月24日，“数据显示，‘十四五’期间”一段',
     'China News Service, The "New Three Cultural Exports" Go Global, Hangzhou Aims to Lead, January 24, 2026, paragraph "Statistics show that during the 14th Five-Year Plan period"'),
    -- published statistics (shared/data/hangzhou-published-values.csv)
    ('^中商产业研究院 report on Hangzhou''s cultural industry, 2022-04 \(secondary source\)$',
     '中商产业研究院杭州文化产业研究报告，2022年4月（转引）',
     'China Commercial Industry Research Institute, report on Hangzhou''s cultural industry, April 2022 (secondary source)'),
    ('^杭州日报 2024-05-28; en\.hangzhou\.com\.cn 2024-02-08$',
     '《杭州日报》2024年5月28日；杭州市人民政府英文网站，2024年2月8日',
     'Hangzhou Daily, May 28, 2024; en.hangzhou.com.cn, February 8, 2024'),
    ('^杭州日报 2025-08-04$', '《杭州日报》2025年8月4日', 'Hangzhou Daily, August 4, 2025'),
    ('^杭州日报 2022-01-22$', '《杭州日报》2022年1月22日', 'Hangzhou Daily, January 22, 2022'),
    ('^浙江在线 2023-01-20$', '浙江在线，2023年1月20日', 'Zhejiang Online, January 20, 2023'),
    ('^浙江日报 2024-01-25$', '《浙江日报》2024年1月25日', 'Zhejiang Daily, January 25, 2024'),
    ('^secondary source reporting 2\.186万亿$', '转引自二次来源（报道为2.186万亿元）',
     'secondary source (reported as 2.186 trillion yuan)'),
    ('^余杭区经济高质量发展大会, reported 2026-03-02$', '余杭区经济高质量发展大会，2026年3月2日报道',
     'Yuhang District conference on high-quality economic development, reported March 2, 2026');

update figures.indicator_value v
   set citation_zh = regexp_replace(v.source, c.pattern, c.citation_zh),
       citation_en = regexp_replace(v.source, c.pattern, c.citation_en)
  from cited c
 where v.source ~ c.pattern;
