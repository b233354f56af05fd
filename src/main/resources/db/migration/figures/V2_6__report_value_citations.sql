-- The citation words of the values that approved or submitted district reports recorded before V2_5 (issue 13):
-- "report 330106/2026Q3 revision 1" is cited as 西湖区2026年三季度报表第1版, "Q3 2026 report of Xihu District,
-- version 1", as reporting.ReportService words the values it records since.
update figures.indicator_value v
   set citation_zh = s.name_zh || r.year || '年' || (array['一', '二', '三', '四'])[r.quarter] || '季度报表第' || r.revision || '版',
       citation_en = 'Q' || r.quarter || ' ' || r.year || ' report of ' || s.name_en || ', version ' || r.revision
  from (select id, m[1] as area_code, m[2]::integer as year, m[3]::integer as quarter, m[4]::integer as revision
          from figures.indicator_value,
               regexp_match(source, '^report ([0-9]{6})/([0-9]{4})Q([1-4]) revision ([0-9]+)$') as m
         where m is not null) as r
  join plans.scope s on s.code = r.area_code
 where v.id = r.id;
