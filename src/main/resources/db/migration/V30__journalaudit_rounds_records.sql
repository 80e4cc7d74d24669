-- Journal audits (journalgjennomgang, PRODUCT.md capability 10; ADR 0034): an audit round per unit and
-- month or quarter draws a random sample of the courses of a population, reproducibly (the population,
-- the seed and the drawn courses in their order are kept, so the draw can be made again); the auditor
-- answers a versioned checklist (journalaudit/checklist-v<n>.json) per sampled record. Items are named by id.
create table journal_audit_round (
    id                uuid                     primary key,
    unit_id           uuid                     not null references org_unit (id),
    period_kind       varchar(10)              not null,
    period_start      date                     not null,
    population        varchar(20)              not null,
    checklist_version integer                  not null,
    sample_size       integer                  not null,
    population_size   integer                  not null,
    seed              bigint                   not null,
    opened_by         uuid                     references user_account (id),
    opened_by_name    varchar(200)             not null,
    opened_at         timestamp with time zone not null,
    constraint journal_audit_round_one unique (unit_id, population, period_kind, period_start)
);

create index journal_audit_round_unit_idx on journal_audit_round (unit_id, period_start);

-- The population the sample was drawn from, as it was at the draw.
create table journal_audit_population (
    round_id  uuid not null references journal_audit_round (id),
    course_id uuid not null references treatment_course (id),
    primary key (round_id, course_id)
);

-- One audited record per sampled course, in the order of the draw (position 1 first).
create table journal_audit_record (
    id          uuid                     primary key,
    round_id    uuid                     not null references journal_audit_round (id),
    position    integer                  not null,
    course_id   uuid                     not null references treatment_course (id),
    completed   boolean                  not null default false,
    audited_by  varchar(200),
    changed_at  timestamp with time zone,
    version     bigint                   not null,
    constraint journal_audit_record_course unique (round_id, course_id),
    constraint journal_audit_record_position unique (round_id, position)
);

-- The answers of a record. sammen_registered: what Sammen had registered for the item's counterpart when
-- the answer was saved (the agreement of the audit with Sammen); null for an item without a counterpart.
create table journal_audit_answer (
    record_id         uuid        not null references journal_audit_record (id),
    item_id           varchar(40) not null,
    answer            varchar(20) not null,
    sammen_registered boolean,
    primary key (record_id, item_id)
);
