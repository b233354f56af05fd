-- City departments' staff (市直部门填报人员, issue 15): bound to exactly one department (plans.department, plans
-- V1_8), as district staff are bound to one area; they report progress on the key tasks their department leads or
-- shares. No other role has a department.
alter table security.account
    add column department_code varchar(60) references plans.department (code);

alter table security.account drop constraint account_role_check;
alter table security.account add constraint account_role_check
    check (role in ('OFFICIAL', 'DISTRICT_STAFF', 'DEPARTMENT_STAFF', 'REVIEWER', 'ADMIN'));
alter table security.account add constraint account_department_check
    check ((role = 'DEPARTMENT_STAFF') = (department_code is not null));
