-- 不适用 (N/A) is the framework's: how a leaf marked N/A scores (FULL: its full weight; EXCLUDE:
-- removed from score and maximum, the total rescaled to 100), and which leaves may be marked.
-- Frameworks stored before allow no leaf to be N/A.
alter table indicator_framework add column not_applicable varchar(16)
    check (not_applicable in ('FULL', 'EXCLUDE'));
alter table indicator_definition add column not_applicable_allowed boolean not null default false;
