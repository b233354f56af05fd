-- Rows read so far by an upload being previewed, by the token its page sent with the file: the page polls it
-- while the file is read, possibly through another portal node than the one reading it. Written in a transaction
-- of its own every 10,000 rows, deleted when the reading ends; rows left by a node that died are dropped after a
-- day by the next upload.
create table imports.upload_progress (
    token        varchar(64)   primary key,
    uploaded_by  varchar(100)  not null,
    rows         integer       not null,
    updated_at   timestamptz   not null default now()
);
