-- Notifications that demo mode's reports caused (issue 18), flagged so that a start-up outside demo mode removes
-- them (notifications/domain/DemoNotifications) also where they reached an account that stays; their e-mail goes
-- with them (on delete cascade).
alter table notifications.notification add column demo boolean not null default false;
