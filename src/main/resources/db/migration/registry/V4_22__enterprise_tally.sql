-- The enterprises counted by the keys of the figures' sums (V4_20) without the quarter: how many enterprises of an
-- area, park, class and flags there are, with figures or not (issue 16). A list of a quarter's enterprises without
-- an indicator shows those without figures too, and counted them by reading every enterprise of its scope: half a
-- second for the city at 10M figures (833,000 enterprises), growing with the registry. Kept like the sums: statement
-- triggers add each statement's changes grouped by key, one insert … on conflict per statement.
create table registry.enterprise_tally (
    id              bigint         generated always as identity primary key,
    area_code       varchar(12)    not null,
    park_id         bigint,
    industry_class  char(4)        not null,
    above_size      boolean        not null,
    digital         boolean,
    synthetic       boolean        not null,
    enterprises     bigint         not null,
    unique nulls not distinct (area_code, park_id, industry_class, above_size, digital, synthetic)
);

-- Adds signed enterprises to their tally rows; `source` selects the keys and a sign (1 added, -1 subtracted). It
-- returns the rows that fell to zero, which the trigger then removes (a statement cannot delete the rows its own
-- insert … on conflict updated), so that the table holds exactly what a fresh `group by` gives. Rows are locked in
-- one order, so two statements adding to the same rows wait for each other instead of deadlocking.
create function registry.enterprise_tally_delta(source text) returns text language sql immutable as $$
    select format($sql$
        with added as (
            insert into registry.enterprise_tally as t (area_code, park_id, industry_class, above_size, digital,
                synthetic, enterprises)
            select d.area_code, d.park_id, d.industry_class, d.above_size, d.digital, d.synthetic, sum(d.sign)
              from (%s) d
             group by d.area_code, d.park_id, d.industry_class, d.above_size, d.digital, d.synthetic
            having sum(d.sign) <> 0
             order by d.area_code, d.park_id, d.industry_class, d.above_size, d.digital, d.synthetic
            on conflict (area_code, park_id, industry_class, above_size, digital, synthetic) do update
               set enterprises = t.enterprises + excluded.enterprises
            returning t.id, t.enterprises
        )
        select array_agg(id) from added where enterprises = 0
        $sql$, source)
$$;

create function registry.enterprise_tally_changed() returns trigger language plpgsql as $$
declare
    emptied bigint[];
begin
    if registry.enterprise_figure_rollup_deferred() then
        return null;
    end if;
    execute registry.enterprise_tally_delta(case tg_op
        when 'INSERT' then 'select area_code, park_id, industry_class, above_size, digital, synthetic, 1 as sign
                              from new_enterprises'
        -- only the enterprises whose keys changed: an edit of a name or a flag outside the keys touches no row
        when 'UPDATE' then 'select n.area_code, n.park_id, n.industry_class, n.above_size, n.digital, n.synthetic,
                                   1 as sign
                              from new_enterprises n join old_enterprises o using (id)
                             where (n.area_code, n.park_id, n.industry_class, n.above_size, n.digital, n.synthetic)
                                   is distinct from (o.area_code, o.park_id, o.industry_class, o.above_size, o.digital,
                                   o.synthetic)
                            union all
                            select o.area_code, o.park_id, o.industry_class, o.above_size, o.digital, o.synthetic, -1
                              from new_enterprises n join old_enterprises o using (id)
                             where (n.area_code, n.park_id, n.industry_class, n.above_size, n.digital, n.synthetic)
                                   is distinct from (o.area_code, o.park_id, o.industry_class, o.above_size, o.digital,
                                   o.synthetic)'
        else 'select area_code, park_id, industry_class, above_size, digital, synthetic, -1 as sign
                from old_enterprises' end) into emptied;
    delete from registry.enterprise_tally where id = any (emptied) and enterprises = 0;
    return null;
end
$$;

create trigger enterprise_tally_inserted after insert on registry.enterprise
    referencing new table as new_enterprises for each statement execute function registry.enterprise_tally_changed();
create trigger enterprise_tally_updated after update on registry.enterprise
    referencing old table as old_enterprises new table as new_enterprises
    for each statement execute function registry.enterprise_tally_changed();
create trigger enterprise_tally_deleted after delete on registry.enterprise
    referencing old table as old_enterprises for each statement execute function registry.enterprise_tally_changed();

create function registry.enterprise_tally_truncated() returns trigger language plpgsql as $$
begin
    delete from registry.enterprise_tally;
    return null;
end
$$;

create trigger enterprise_tally_truncated after truncate on registry.enterprise
    for each statement execute function registry.enterprise_tally_truncated();

-- The repair and the end of a bulk load that deferred its deltas (V4_20) rebuild the tally with the sums.
create or replace function registry.rebuild_enterprise_figure_rollup() returns bigint language plpgsql as $$
declare
    rows bigint;
begin
    lock table registry.enterprise, registry.enterprise_figure in share mode;
    lock table registry.enterprise_figure_rollup, registry.enterprise_tally in share row exclusive mode;
    delete from registry.enterprise_figure_rollup;
    insert into registry.enterprise_figure_rollup (area_code, park_id, industry_class, above_size, digital, synthetic,
        period, enterprises, revenue, with_employees, employees)
    select e.area_code, e.park_id, e.industry_class, e.above_size, e.digital, e.synthetic, f.period, count(*),
           sum(f.revenue), count(f.employees), sum(f.employees)
      from registry.enterprise_figure f
      join registry.enterprise e on e.id = f.enterprise_id
     group by e.area_code, e.park_id, e.industry_class, e.above_size, e.digital, e.synthetic, f.period;
    get diagnostics rows = row_count;
    delete from registry.enterprise_tally;
    insert into registry.enterprise_tally (area_code, park_id, industry_class, above_size, digital, synthetic,
        enterprises)
    select area_code, park_id, industry_class, above_size, digital, synthetic, count(*)
      from registry.enterprise
     group by area_code, park_id, industry_class, above_size, digital, synthetic;
    return rows;
end
$$;

insert into registry.enterprise_tally (area_code, park_id, industry_class, above_size, digital, synthetic, enterprises)
select area_code, park_id, industry_class, above_size, digital, synthetic, count(*)
  from registry.enterprise
 group by area_code, park_id, industry_class, above_size, digital, synthetic;

-- A list's count and total read the sum rows of one quarter: by this index, not by testing every quarter's rows
-- (71,600 rows for 12 quarters at 10M figures, a quarter's 5,000 of them), so that keeping more years costs a list
-- nothing.
create index enterprise_figure_rollup_period on registry.enterprise_figure_rollup (period);
