-- Failed logins, counted per account (the username as typed) and per address: a key whose
-- failures within the window reach the limit is locked until locked_until. No foreign key:
-- names that are no account are counted too, so that trying them tells nothing.
create table login_throttle (
    kind         varchar(16)  not null check (kind in ('ACCOUNT', 'ADDRESS')),
    key          varchar(200) not null,
    failures     integer      not null,
    window_start timestamptz  not null,
    locked_until timestamptz,
    primary key (kind, key)
);

create index login_throttle_locked on login_throttle (locked_until) where locked_until is not null;
