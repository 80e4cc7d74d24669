-- The three basic conversations (with the patient, with relatives, with both) and the crisis plan of
-- a treatment course. Participants are members of the course's network map.
create table basic_conversation (
    id           uuid                     primary key,
    course_id    uuid                     not null references treatment_course (id),
    kind         varchar(20)              not null,
    held_on      date                     not null,
    staff        varchar(200)             not null,
    note         varchar(500),
    follow_up_on date,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint                   not null
);

create index basic_conversation_course_idx on basic_conversation (course_id);

create table basic_conversation_participant (
    basic_conversation_id uuid not null references basic_conversation (id),
    member_id             uuid not null references network_member (id),
    primary key (basic_conversation_id, member_id)
);

create table basic_conversation_topic (
    basic_conversation_id uuid        not null references basic_conversation (id),
    topic                 varchar(40) not null,
    primary key (basic_conversation_id, topic)
);

-- One current plan per course; it is changed in place (optimistic locking on version).
create table crisis_plan (
    id               uuid                     primary key,
    course_id        uuid                     not null unique references treatment_course (id),
    warning_signs    varchar(2000),
    patient_actions  varchar(2000),
    relative_actions varchar(2000),
    other_contacts   varchar(500),
    made_with_other  varchar(200),
    made_on          date                     not null,
    revise_on        date                     not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          bigint                   not null
);

create table crisis_plan_member (
    crisis_plan_id uuid not null references crisis_plan (id),
    member_id      uuid not null references network_member (id),
    primary key (crisis_plan_id, member_id)
);
