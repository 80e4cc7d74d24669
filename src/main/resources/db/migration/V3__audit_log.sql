-- The append-only audit log of person-level reads and changes. Each entry carries the hash of the
-- one before it, so that an edited or deleted entry breaks the chain. The head row is locked while
-- an entry is appended, which keeps the chain linear when several requests write at once.
create table audit_entry (
    seq           bigint                   primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(100)             not null,
    actor_roles   varchar(200)             not null,
    unit_id       uuid,
    patient_key   varchar(64),
    action        varchar(20)              not null,
    object_type   varchar(40)              not null,
    object_id     varchar(100),
    details       varchar(1000),
    previous_hash varchar(64)              not null,
    entry_hash    varchar(64)              not null
);

create index audit_entry_actor_idx on audit_entry (actor);
create index audit_entry_patient_idx on audit_entry (patient_key);
create index audit_entry_time_idx on audit_entry (occurred_at);

create table audit_chain_head (
    id        integer     primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);

insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
