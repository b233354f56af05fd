-- Counts summed from the start of the current five-year plan period restart with each period (issue 18): seed 003
-- gives 31 selections, 9 projects, 688 licensed online films and dramas and 491 online animations "during the 14th
-- Five-Year Plan period", so their 2026 figures count afresh from the 15th plan's start and a 2026 value below the 2025
-- count is no fall. The "_total" indicators beside them are cumulative over all years and do not restart.
alter table plans.indicator add column cumulative_within_plan_period boolean not null default false;

update plans.indicator set cumulative_within_plan_period = true
 where code in ('export_key_enterprise_selections', 'export_key_projects_selected', 'licensed_online_dramas',
                'licensed_online_animations');

-- HZ-NEW3-2026 keeps only the dates seed 003 gives: the goal is for 2026 ("In 2026, Hangzhou will build itself into
-- …", para. 1), with the 14th plan period's figures (to 2025) as its baseline. V1_2 had given it the period 2026–2030
-- and the target year 2030, which the document does not say.
update plans.plan set period_end = 2026 where code = 'HZ-NEW3-2026';
update plans.target set target_year = 2026 where plan_code = 'HZ-NEW3-2026';
