-- The figures' rollup (V4_6) becomes a table kept up to date by deltas in the transaction of every change, instead
-- of a materialized view refreshed whole: a refresh recomputed every sum (about a second at a million figures and
-- growing with the table) and locked the view against every reader while it ran (issue 16). Statement triggers add
-- what each statement changed — the rows it inserted, minus those it deleted, both for an update — grouped by the
-- sum rows they fall in: one insert … on conflict per statement, set-based for an import's merge of a million rows,
-- a handful of rows for a form's save, whatever the size of the table. Every way of writing is covered alike:
-- the registry's forms and API, the imports' merges, the demo registry, SQL in tests and benchmarks.
drop materialized view registry.enterprise_figure_rollup;

create table registry.enterprise_figure_rollup (
    id              bigint         generated always as identity primary key,
    area_code       varchar(12)    not null,
    park_id         bigint,
    industry_class  char(4)        not null,
    above_size      boolean        not null,
    digital         boolean,
    synthetic       boolean        not null,
    period          varchar(6)     not null,
    enterprises     bigint         not null,
    revenue         numeric        not null,
    with_employees  bigint         not null,
    employees       bigint,
    -- the key of a sum row; park and digital flag may be empty, and an empty one is one row, not one per change
    unique nulls not distinct (area_code, park_id, industry_class, above_size, digital, synthetic, period)
);

-- The statement that adds signed figures to their sum rows. `source` selects the figures' keys (area_code, park_id,
-- industry_class, above_size, digital, synthetic, period), revenue, employees and sign (1 added, -1 subtracted).
-- Concurrent transactions adding to the same row lose nothing: the row is updated by `x = x + delta` under its row
-- lock, and inserted by the first one (on conflict). It returns the rows whose enterprises fell to zero, which
-- `enterprise_figure_rollup_prune` removes, so that the table holds exactly what a fresh `group by` gives. Only a
-- trigger's own statements can read its transition tables, so the trigger runs this text itself.
create function registry.enterprise_figure_rollup_delta(source text) returns text language sql immutable as $$
    select format($sql$
        with added as (
            insert into registry.enterprise_figure_rollup as r (area_code, park_id, industry_class, above_size, digital,
                synthetic, period, enterprises, revenue, with_employees, employees)
            select d.area_code, d.park_id, d.industry_class, d.above_size, d.digital, d.synthetic, d.period,
                   sum(d.sign), sum(d.sign * d.revenue), sum(d.sign * (d.employees is not null)::int),
                   sum(d.sign * d.employees)
              from (%s) d
             group by d.area_code, d.park_id, d.industry_class, d.above_size, d.digital, d.synthetic, d.period
            having sum(d.sign) <> 0 or sum(d.sign * d.revenue) <> 0 or sum(d.sign * (d.employees is not null)::int) <> 0
                or coalesce(sum(d.sign * d.employees), 0) <> 0
             -- each statement locks its rows in one order: two adding to the same rows wait for each other, not deadlock
             order by d.area_code, d.park_id, d.industry_class, d.above_size, d.digital, d.synthetic, d.period
            on conflict (area_code, park_id, industry_class, above_size, digital, synthetic, period) do update
               set enterprises = r.enterprises + excluded.enterprises,
                   revenue = r.revenue + excluded.revenue,
                   with_employees = r.with_employees + excluded.with_employees,
                   employees = case when r.with_employees + excluded.with_employees = 0 then null
                                    else coalesce(r.employees, 0) + coalesce(excluded.employees, 0) end
            returning r.id, r.enterprises
        )
        select array_agg(id) from added where enterprises = 0
        $sql$, source)
$$;

-- Signed figures (enterprise_id, period, revenue, employees, sign) with the keys of their enterprises as they stand.
create function registry.enterprise_figure_rollup_keyed(figures text) returns text language sql immutable as $$
    select format($sql$
        select e.area_code, e.park_id, e.industry_class, e.above_size, e.digital, e.synthetic, f.period, f.revenue,
               f.employees, f.sign
          from (%s) f join registry.enterprise e on e.id = f.enterprise_id
        $sql$, figures)
$$;

create function registry.enterprise_figure_rollup_prune(emptied bigint[]) returns void language sql as $$
    delete from registry.enterprise_figure_rollup where id = any (emptied) and enterprises = 0
$$;

-- A bulk load that rebuilds the sums at its end (the demo registry) may skip the deltas of its own transaction:
-- `set local registry.figure_rollup = 'rebuild'`, then `select registry.rebuild_enterprise_figure_rollup()`.
create function registry.enterprise_figure_rollup_deferred() returns boolean language sql stable as $$
    select coalesce(current_setting('registry.figure_rollup', true), '') = 'rebuild'
$$;

-- Figures inserted, updated or deleted: the new rows added, the old ones subtracted. Rows of an enterprise deleted
-- in the same statement (cascade) no longer join; its figures were subtracted before it went (below).
create function registry.enterprise_figure_rollup_figures() returns trigger language plpgsql as $$
declare
    emptied bigint[];
begin
    if registry.enterprise_figure_rollup_deferred() then
        return null;
    end if;
    execute registry.enterprise_figure_rollup_delta(registry.enterprise_figure_rollup_keyed(case tg_op
        when 'INSERT' then 'select enterprise_id, period, revenue, employees, 1 as sign from new_figures'
        when 'UPDATE' then 'select enterprise_id, period, revenue, employees, 1 as sign from new_figures
                            union all
                            select enterprise_id, period, revenue, employees, -1 from old_figures'
        else 'select enterprise_id, period, revenue, employees, -1 as sign from old_figures' end)) into emptied;
    perform registry.enterprise_figure_rollup_prune(emptied);
    return null;
end
$$;

create trigger enterprise_figure_rollup_inserted after insert on registry.enterprise_figure
    referencing new table as new_figures for each statement execute function registry.enterprise_figure_rollup_figures();
create trigger enterprise_figure_rollup_updated after update on registry.enterprise_figure
    referencing old table as old_figures new table as new_figures
    for each statement execute function registry.enterprise_figure_rollup_figures();
create trigger enterprise_figure_rollup_deleted after delete on registry.enterprise_figure
    referencing old table as old_figures for each statement execute function registry.enterprise_figure_rollup_figures();

-- An enterprise moved to another district or park, reclassified, or with other flags: its figures leave the sum rows
-- of its old keys for those of its new ones. Only enterprises whose keys changed are read, with their figures (a
-- dozen quarters each) by the primary key.
create function registry.enterprise_figure_rollup_moved() returns trigger language plpgsql as $$
declare
    emptied bigint[];
begin
    if registry.enterprise_figure_rollup_deferred() then
        return null;
    end if;
    execute registry.enterprise_figure_rollup_delta('
        with moved as (
            select o.id, o.area_code as old_area, o.park_id as old_park, o.industry_class as old_class,
                   o.above_size as old_above_size, o.digital as old_digital, o.synthetic as old_synthetic,
                   n.area_code, n.park_id, n.industry_class, n.above_size, n.digital, n.synthetic
              from old_enterprises o join new_enterprises n using (id)
             where (n.area_code, n.park_id, n.industry_class, n.above_size, n.digital, n.synthetic)
                   is distinct from (o.area_code, o.park_id, o.industry_class, o.above_size, o.digital, o.synthetic)
        )
        select m.area_code, m.park_id, m.industry_class, m.above_size, m.digital, m.synthetic, f.period, f.revenue,
               f.employees, 1 as sign
          from moved m join registry.enterprise_figure f on f.enterprise_id = m.id
        union all
        select m.old_area, m.old_park, m.old_class, m.old_above_size, m.old_digital, m.old_synthetic, f.period,
               f.revenue, f.employees, -1
          from moved m join registry.enterprise_figure f on f.enterprise_id = m.id')
        into emptied;
    perform registry.enterprise_figure_rollup_prune(emptied);
    return null;
end
$$;

create trigger enterprise_figure_rollup_moved after update on registry.enterprise
    referencing old table as old_enterprises new table as new_enterprises
    for each statement execute function registry.enterprise_figure_rollup_moved();

-- An enterprise deleted: its figures subtracted while its keys can still be read. The cascade that deletes the
-- figures comes after, and they no longer join an enterprise there. Row by row, as deleting enterprises is rare
-- (the demo registry's synthetic ones).
create function registry.enterprise_figure_rollup_removed() returns trigger language plpgsql as $$
declare
    emptied bigint[];
begin
    if registry.enterprise_figure_rollup_deferred() then
        return old;
    end if;
    execute registry.enterprise_figure_rollup_delta(format(
        'select %L::varchar as area_code, %L::bigint as park_id, %L::char(4) as industry_class,
                %L::boolean as above_size, %L::boolean as digital, %L::boolean as synthetic, period, revenue, employees,
                -1 as sign
           from registry.enterprise_figure where enterprise_id = %s',
        old.area_code, old.park_id, old.industry_class, old.above_size, old.digital, old.synthetic, old.id))
        into emptied;
    perform registry.enterprise_figure_rollup_prune(emptied);
    return old;
end
$$;

create trigger enterprise_figure_rollup_removed before delete on registry.enterprise
    for each row execute function registry.enterprise_figure_rollup_removed();

create function registry.enterprise_figure_rollup_truncated() returns trigger language plpgsql as $$
begin
    delete from registry.enterprise_figure_rollup;
    return null;
end
$$;

create trigger enterprise_figure_rollup_truncated after truncate on registry.enterprise_figure
    for each statement execute function registry.enterprise_figure_rollup_truncated();

-- The sums computed afresh from every figure, for repair and after a bulk load that deferred its deltas. Writers of
-- enterprises and figures wait (share locks) so that no delta falls between the delete and the insert; readers do
-- not, and see the old sums until it commits.
create function registry.rebuild_enterprise_figure_rollup() returns bigint language plpgsql as $$
declare
    rows bigint;
begin
    lock table registry.enterprise, registry.enterprise_figure in share mode;
    lock table registry.enterprise_figure_rollup in share row exclusive mode;
    delete from registry.enterprise_figure_rollup;
    insert into registry.enterprise_figure_rollup (area_code, park_id, industry_class, above_size, digital, synthetic,
        period, enterprises, revenue, with_employees, employees)
    select e.area_code, e.park_id, e.industry_class, e.above_size, e.digital, e.synthetic, f.period, count(*),
           sum(f.revenue), count(f.employees), sum(f.employees)
      from registry.enterprise_figure f
      join registry.enterprise e on e.id = f.enterprise_id
     group by e.area_code, e.park_id, e.industry_class, e.above_size, e.digital, e.synthetic, f.period;
    get diagnostics rows = row_count;
    return rows;
end
$$;

select registry.rebuild_enterprise_figure_rollup();
