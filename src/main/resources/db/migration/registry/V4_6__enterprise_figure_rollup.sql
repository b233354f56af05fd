-- The enterprises' quarterly figures added up by everything the derived indicators distinguish (area, park, industry
-- class, the size and digital flags, synthetic) and by quarter. The scorecard, district and indicator pages sum these
-- few thousand rows instead of every enterprise-quarter: at a million figures the live sums took 1.7 s for every
-- scope's scorecard, which issue 7 wants under a second (bench/README.md). Refreshed in the transaction of every
-- change of enterprises or their figures: the import's merge, the registry's forms, the demo registry.
create materialized view registry.enterprise_figure_rollup as
select row_number() over () as id, e.area_code, e.park_id, e.industry_class, e.above_size, e.digital, e.synthetic,
       f.period, count(*) as enterprises, sum(f.revenue) as revenue, count(f.employees) as with_employees,
       sum(f.employees) as employees
  from registry.enterprise_figure f
  join registry.enterprise e on e.id = f.enterprise_id
 group by e.area_code, e.park_id, e.industry_class, e.above_size, e.digital, e.synthetic, f.period;
-- No index: the view has a row per area, park, class, flags and quarter that occur (thousands, not millions), the
-- pages join it whole by hash, and the whole re-evaluation took 0.43 s without indexes, 0.66 s with indexes on area and park
-- (bench/evaluation.sh); an index would only add to every refresh. One on (area_code, period) belongs with the incremental table a province needs (docs/scaling.md).
