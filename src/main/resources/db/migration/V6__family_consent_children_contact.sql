-- Course-level facts of the family: "no relatives or network" as an explicit state, and the
-- patient's minor children. children_asked_on is null while the patient has not been asked.
create table family_course (
    course_id         uuid                     primary key references treatment_course (id),
    no_network        boolean                  not null,
    children_asked_on date,
    children_count    integer,
    children_needs    varchar(20),
    updated_at        timestamp with time zone not null,
    version           bigint                   not null,
    constraint family_children_count_range check (children_count is null or children_count between 0 and 30)
);

-- The ages of the minor children, in the order given.
create table family_child_age (
    family_course_id uuid    not null references family_course (course_id),
    age_index        integer not null,
    age              integer not null,
    primary key (family_course_id, age_index),
    constraint family_child_age_range check (age between 0 and 17)
);

-- Consent to share information with a network member. Each answer is a new row (the history is
-- never overwritten); a withdrawal is recorded on the row it withdraws.
create table member_consent (
    id           uuid                     primary key,
    course_id    uuid                     not null references treatment_course (id),
    member_id    uuid                     not null references network_member (id),
    status       varchar(20)              not null,
    scope        varchar(1000),
    given_on     date                     not null,
    withdrawn_on date,
    created_at   timestamp with time zone not null,
    version      bigint                   not null,
    constraint consent_withdrawn_after_given check (withdrawn_on is null or withdrawn_on >= given_on)
);

create index member_consent_course_idx on member_consent (course_id, member_id);

-- Contacts with relatives; the earliest is the course's first contact.
create table relative_contact (
    id           uuid                     primary key,
    course_id    uuid                     not null references treatment_course (id),
    contacted_at timestamp with time zone not null,
    channel      varchar(20)              not null,
    staff_name   varchar(200)             not null,
    created_at   timestamp with time zone not null,
    version      bigint                   not null
);

create index relative_contact_course_idx on relative_contact (course_id, contacted_at);

create table relative_contact_member (
    relative_contact_id uuid not null references relative_contact (id),
    member_id           uuid not null references network_member (id),
    primary key (relative_contact_id, member_id)
);
