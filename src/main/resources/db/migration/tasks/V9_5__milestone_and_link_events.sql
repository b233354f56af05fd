-- Administrators add, change and remove a task's milestones and links (issue 15): the task's history names each.
alter table tasks.task_event drop constraint task_event_action_check;
alter table tasks.task_event add constraint task_event_action_check check (action in ('CREATED', 'ASSIGNED', 'CLOSED',
    'REOPENED', 'REPORT_SAVED', 'REPORT_SUBMITTED', 'REPORT_APPROVED', 'REPORT_RETURNED', 'REPORT_EVIDENCE',
    'MILESTONE_ADDED', 'MILESTONE_CHANGED', 'MILESTONE_REMOVED', 'LINK_ADDED', 'LINK_REMOVED'));
