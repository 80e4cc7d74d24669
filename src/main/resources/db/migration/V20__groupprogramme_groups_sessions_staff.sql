-- Group programmes shared by PEF (psychoeducational family work, seed 000) and IMR (Illness Management
-- and Recovery, seed 002): groups of a unit with their leaders, members and sessions with attendance;
-- staff qualifications and supervision sessions (ADR 0026).
create table programme_group (
    id              uuid                     primary key,
    unit_id         uuid                     not null references org_unit (id),
    programme       varchar(10)              not null,
    kind            varchar(20)              not null,
    name            varchar(100)             not null,
    schedule        varchar(200),
    starts_on       date                     not null,
    planned_end_on  date,
    phase           varchar(20),
    status          varchar(10)              not null,
    co_leaders      varchar(300),
    created_at      timestamp with time zone not null,
    changed_at      timestamp with time zone not null,
    version         bigint                   not null
);

create index programme_group_unit_idx on programme_group (unit_id, programme, status);

-- The staff users who lead the group.
create table programme_group_leader (
    group_id uuid not null references programme_group (id),
    user_id  uuid not null references user_account (id),
    primary key (group_id, user_id)
);

-- The group's members: a patient's treatment course, and the day it joined.
create table programme_group_member (
    group_id  uuid not null references programme_group (id),
    course_id uuid not null references treatment_course (id),
    joined_on date not null,
    primary key (group_id, course_id)
);

create index programme_group_member_course_idx on programme_group_member (course_id);

-- In PEF, the members of a course's network map who take part with the patient.
create table programme_group_relative (
    group_id          uuid not null references programme_group (id),
    course_id         uuid not null references treatment_course (id),
    network_member_id uuid not null references network_member (id),
    primary key (group_id, course_id, network_member_id)
);

create table programme_session (
    id          uuid                     primary key,
    group_id    uuid                     not null references programme_group (id),
    held_on     date                     not null,
    starts_at   time,
    note        varchar(500),
    phase       varchar(20),
    created_at  timestamp with time zone not null,
    changed_at  timestamp with time zone not null,
    version     bigint                   not null
);

create index programme_session_group_idx on programme_session (group_id, held_on);

-- Who came: the patients (by course) and, in PEF, the family members (by network member).
create table programme_session_patient (
    session_id uuid not null references programme_session (id),
    course_id  uuid not null references treatment_course (id),
    primary key (session_id, course_id)
);

create index programme_session_patient_course_idx on programme_session_patient (course_id);

create table programme_session_relative (
    session_id        uuid not null references programme_session (id),
    network_member_id uuid not null references network_member (id),
    course_id         uuid not null references treatment_course (id),
    primary key (session_id, network_member_id)
);

-- A staff user's qualification in a programme: a trained PEF group leader, a certified IMR therapist,
-- a supervisor; from a day, perhaps until a day. What the competence plans will count from.
create table staff_qualification (
    id             uuid                     primary key,
    user_id        uuid                     not null references user_account (id),
    unit_id        uuid                     not null references org_unit (id),
    kind           varchar(30)              not null,
    qualified_on   date                     not null,
    valid_until    date,
    created_at     timestamp with time zone not null,
    version        bigint                   not null
);

create index staff_qualification_unit_idx on staff_qualification (unit_id, kind);

-- A supervision session: the day, the supervisor (a user, or a name from outside), the group
-- supervised or the therapists who came.
create table supervision_session (
    id               uuid                     primary key,
    unit_id          uuid                     not null references org_unit (id),
    programme        varchar(10)              not null,
    held_on          date                     not null,
    supervisor_id    uuid                     references user_account (id),
    supervisor_name  varchar(100),
    group_id         uuid                     references programme_group (id),
    note             varchar(500),
    created_at       timestamp with time zone not null,
    version          bigint                   not null
);

create index supervision_session_unit_idx on supervision_session (unit_id, held_on);

create table supervision_attendee (
    supervision_id uuid not null references supervision_session (id),
    user_id        uuid not null references user_account (id),
    primary key (supervision_id, user_id)
);

-- The fact of indicator K5b (ADR 0014): the first day the course's patient attended a PEF session.
alter table course_fact add column pef_started_on date;
