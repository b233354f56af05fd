-- The citation words of the values imported without a source before V2_7 (issue 13): "import #12 values.csv row 4"
-- names a file, so it is cited as 数据导入第12批第4行, "Import no. 12, row 4", as StagedValues words the rows it
-- merges since (messages figures.citation.import).
update figures.indicator_value v
   set citation_zh = '数据导入第' || m[1] || '批第' || m[2] || '行',
       citation_en = 'Import no. ' || m[1] || ', row ' || m[2]
  from (select id, regexp_match(source, '^import #([0-9]+) .* row ([0-9]+)$') as m
          from figures.indicator_value
         where citation_zh is null) as r
 where v.id = r.id and r.m is not null;
