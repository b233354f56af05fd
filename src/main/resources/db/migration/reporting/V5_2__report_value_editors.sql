-- Four eyes (issue 19): nobody approves or returns a report whose values they entered, not only one they submitted.
-- Every user who saved the values of a revision is kept with it. Existing rows: their creator and submitter, the
-- savers that can still be told.
alter table reporting.report add column value_editors text[] not null default '{}';

update reporting.report
   set value_editors = array(select distinct e from unnest(array[created_by, submitted_by]) e where e is not null);
