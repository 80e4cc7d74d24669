-- Improvement teams, implementation plans and training events (PRODUCT.md capability 9; ADR 0037).
-- The implementation start stays where it is (org_unit.implementation_start): one source for it.

-- One improvement team per unit; its members are staff of the unit, each with a role.
create table improvement_team (
    unit_id    uuid                     primary key references org_unit (id),
    changed_by varchar(200),
    changed_at timestamp with time zone,
    version    bigint                   not null
);

create table improvement_team_member (
    unit_id  uuid        not null references improvement_team (unit_id),
    staff_id uuid        not null references staff (id),
    role     varchar(30) not null,
    primary key (unit_id, staff_id)
);

-- The unit's implementation plan: activities with dates, a responsible staff member and a status.
create table implementation_activity (
    id                   uuid                     primary key,
    unit_id              uuid                     not null references org_unit (id),
    kind                 varchar(30)              not null,
    title                varchar(200)             not null,
    starts_on            date                     not null,
    ends_on              date,
    responsible_staff_id uuid                     references staff (id),
    status               varchar(20)              not null,
    note                 varchar(500),
    changed_by           varchar(200),
    changed_at           timestamp with time zone,
    version              bigint                   not null
);

create index implementation_activity_unit_idx on implementation_activity (unit_id, starts_on);

-- Training events organised by a unit: who of the organisation's staff signed up and who attended, and
-- how many came from elsewhere, by the kind of workplace.
create table training_event (
    id         uuid                     primary key,
    unit_id    uuid                     not null references org_unit (id),
    kind       varchar(20)              not null,
    topic      varchar(30)              not null,
    title      varchar(200)             not null,
    held_on    date                     not null,
    place      varchar(200)             not null,
    organiser  varchar(200)             not null,
    changed_by varchar(200),
    changed_at timestamp with time zone,
    version    bigint                   not null
);

create index training_event_unit_idx on training_event (unit_id, held_on);

create table training_participant (
    event_id  uuid    not null references training_event (id),
    staff_id  uuid    not null references staff (id),
    signed_up boolean not null,
    attended  boolean not null,
    primary key (event_id, staff_id)
);

create index training_participant_staff_idx on training_participant (staff_id);

create table training_external (
    event_id  uuid        not null references training_event (id),
    workplace varchar(30) not null,
    signed_up integer     not null,
    attended  integer     not null,
    primary key (event_id, workplace)
);
