-- What the reviewer compares: the document as submitted this time and as submitted the time before.
alter table evaluation
    add column submitted_document  text,
    add column previous_submission text;
