-- 审核：one or two review levels per department (主管部门, then 财政局); a reviewer reviews at one
-- level; a submitted evaluation waits at the level now reviewing it.
alter table department add column review_levels integer not null default 1 check (review_levels in (1, 2));
alter table app_user add column review_level integer check (review_level in (1, 2));
alter table evaluation add column review_level integer check (review_level in (1, 2));

-- The audit trail names the leaf and field a change touched, with the old and the new value.
alter table audit_event
    add column leaf_code varchar(32),
    add column field     varchar(100),
    add column old_value text,
    add column new_value text;
create index audit_event_leaf on audit_event (evaluation_id, leaf_code);

-- Nothing rewrites or removes the record: not the application, not a stray statement.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();

-- An evaluation with a record is never deleted with it (the trail would go too).
alter table audit_event drop constraint audit_event_evaluation_id_fkey;
alter table audit_event add constraint audit_event_evaluation_id_fkey
    foreign key (evaluation_id) references evaluation (id);
