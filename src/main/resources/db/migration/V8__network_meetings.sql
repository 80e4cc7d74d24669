-- Network meetings per treatment course (seed 004): invited or not (and why not), whom, and whether
-- the meeting was planned, held (when, where) or not held (and why not). More than one per course.
create table network_meeting (
    id                  uuid                     primary key,
    course_id           uuid                     not null references treatment_course (id),
    invited             boolean                  not null,
    invited_on          date,
    not_invited_reason  varchar(40),
    not_invited_text    varchar(500),
    status              varchar(20),
    planned_on          date,
    held_on             date,
    place               varchar(40),
    place_text          varchar(500),
    not_held_reason     varchar(40),
    not_held_text       varchar(500),
    created_at          timestamp with time zone not null,
    changed_at          timestamp with time zone not null,
    version             bigint                   not null
);

create index network_meeting_course_idx on network_meeting (course_id);

-- Whom the unit invited: members of the course's network map, private and public.
create table network_meeting_invitee (
    meeting_id uuid not null references network_meeting (id),
    member_id  uuid not null references network_member (id),
    primary key (meeting_id, member_id)
);

-- Who came to a held meeting.
create table network_meeting_attendee (
    meeting_id uuid not null references network_meeting (id),
    member_id  uuid not null references network_member (id),
    primary key (meeting_id, member_id)
);
