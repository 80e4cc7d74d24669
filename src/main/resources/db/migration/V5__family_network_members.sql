-- The patient's network as the patient defines it: private (family, friends) and public (GP, NAV …).
create table network_member (
    id               uuid                     primary key,
    course_id        uuid                     not null references treatment_course (id),
    relation         varchar(40)              not null,
    name             varchar(200)             not null,
    contact          varchar(200),
    closest_relative boolean                  not null,
    created_at       timestamp with time zone not null,
    version          bigint                   not null
);

create index network_member_course_idx on network_member (course_id);
