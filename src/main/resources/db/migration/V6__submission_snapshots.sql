-- What the reviewer compares: the document as submitted this time and as submitted the time before.
alter table evaluation
    add column submitted_document  text,
    add column previous_submission text;

-- 审核意见 per leaf, by round (the n-th submission), with the filler's one answer (情况说明).
alter table evaluation add column submissions integer not null default 0;
alter table review_comment
    add column round      integer     not null default 0,
    add column kind       varchar(16) not null default 'COMMENT' check (kind in ('COMMENT', 'OVERRIDE')),
    add column reply      text,
    add column replied_by varchar(64),
    add column replied_at timestamptz;
