-- 佐证材料 of an item of an evaluation that holds files of its own (a 整改事项): item_kind names
-- the owning module's kind of item ('RECTIFICATION'), item_id the item. Both are null for the
-- evaluation's own files (on a leaf or the whole). An item's files have no leaf, go with their
-- evaluation (cascade on evaluation_id) and are counted per item.
alter table evidence add column item_kind varchar(16);
alter table evidence add column item_id bigint;
alter table evidence add constraint evidence_item_owner
    check ((item_kind is null and item_id is null)
           or (item_kind is not null and item_id is not null and leaf_code is null));
create index evidence_item_files on evidence (item_kind, item_id) where item_kind is not null;
