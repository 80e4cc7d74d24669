-- Health trusts (helseforetak) own clinics (DPS), clinics own units. Staff belong to a unit.
create table health_trust (
    id      uuid         primary key,
    name    varchar(200) not null unique,
    version bigint       not null
);

create table clinic (
    id       uuid         primary key,
    trust_id uuid         not null references health_trust (id),
    name     varchar(200) not null,
    version  bigint       not null,
    constraint clinic_name_unique unique (trust_id, name)
);

create table org_unit (
    id                   uuid         primary key,
    clinic_id            uuid         not null references clinic (id),
    name                 varchar(200) not null,
    unit_type            varchar(30)  not null,
    phone                varchar(30),
    implementation_start date,
    active               boolean      not null,
    version              bigint       not null,
    constraint org_unit_name_unique unique (clinic_id, name)
);

create table staff (
    id         uuid         primary key,
    unit_id    uuid         not null references org_unit (id),
    full_name  varchar(200) not null,
    profession varchar(40)  not null,
    position   varchar(200) not null,
    version    bigint       not null
);

create index staff_unit_idx on staff (unit_id);
