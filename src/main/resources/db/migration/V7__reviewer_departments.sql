-- A reviewer reviews the departments assigned to them, or all of them. Reviewers from before
-- this choice existed keep seeing all.
alter table app_user add column all_departments boolean not null default false;
update app_user set all_departments = true where role = 'REVIEWER';
