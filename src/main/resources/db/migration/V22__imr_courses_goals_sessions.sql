-- IMR (Illness Management and Recovery, seed 002, PRODUCT.md capability 7) per treatment course: the
-- IMR course with its therapists, the day of its next planned session, and the modules the user chose in their order, the user's own goals
-- (every saved wording kept), and the sessions held, each with the progress the user noted on a goal.
-- The curriculum itself is a versioned data file (imr/curriculum-v1.json); modules are named by id.
create table imr_course (
    id          uuid                     primary key,
    course_id   uuid                     not null references treatment_course (id),
    format      varchar(20)              not null,
    start_date  date                     not null,
    end_date    date,
    next_session_on date,
    created_at  timestamp with time zone not null,
    changed_at  timestamp with time zone not null,
    version     bigint                   not null,
    constraint imr_course_one_per_course unique (course_id)
);

-- One or two therapists: staff users of the course's unit, with their name as it was when chosen.
create table imr_course_therapist (
    imr_course_id uuid         not null references imr_course (id),
    position      integer      not null,
    user_id       uuid         not null references user_account (id),
    name          varchar(200) not null,
    primary key (imr_course_id, position)
);

-- The modules chosen, in the order the user wants them (position 0 first).
create table imr_course_module (
    imr_course_id uuid        not null references imr_course (id),
    position      integer     not null,
    module_id     varchar(40) not null,
    primary key (imr_course_id, position)
);

-- A goal in the user's own words, with the steps the user decided on.
create table imr_goal (
    id          uuid                     primary key,
    course_id   uuid                     not null references treatment_course (id),
    set_on      date                     not null,
    goal        varchar(500)             not null,
    steps       varchar(1000),
    created_at  timestamp with time zone not null,
    changed_at  timestamp with time zone not null,
    version     bigint                   not null
);

create index imr_goal_course_idx on imr_goal (course_id);

-- Every saved wording of a goal (position 0: as first written).
create table imr_goal_revision (
    goal_id     uuid                     not null references imr_goal (id),
    position    integer                  not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(200)             not null,
    set_on      date                     not null,
    goal        varchar(500)             not null,
    steps       varchar(1000),
    primary key (goal_id, position)
);

-- A session. unit_id is the unit that held it, counted in the unit's monthly sessions (K6).
-- group_session_id is for a session held in an IMR group (format GROUP), once groups exist.
create table imr_session (
    id                uuid                     primary key,
    course_id         uuid                     not null references treatment_course (id),
    unit_id           uuid                     not null references org_unit (id),
    held_on           date                     not null,
    format            varchar(20)              not null,
    group_session_id  uuid,
    shift             varchar(20)              not null,
    module_id         varchar(40)              not null,
    module_part       integer,
    homework_chosen   boolean                  not null,
    attended          boolean                  not null,
    created_at        timestamp with time zone not null,
    version           bigint                   not null
);

create index imr_session_course_idx on imr_session (course_id, held_on);
create index imr_session_unit_idx on imr_session (unit_id, held_on);

create table imr_session_therapist (
    session_id uuid         not null references imr_session (id),
    position   integer      not null,
    user_id    uuid         not null references user_account (id),
    name       varchar(200) not null,
    primary key (session_id, position)
);

-- The progress on a goal that the user noted at a session, in the user's words.
create table imr_goal_note (
    session_id uuid          not null references imr_session (id),
    goal_id    uuid          not null references imr_goal (id),
    note       varchar(1000) not null,
    primary key (session_id, goal_id)
);
