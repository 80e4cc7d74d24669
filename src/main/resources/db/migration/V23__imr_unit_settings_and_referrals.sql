-- Each unit's IMR settings: the module it makes compulsory first (seed 002: the inpatient unit did),
-- and its implementation goal, the sessions to hold in a period, individual and in groups.
create table imr_unit_settings (
    unit_id          uuid                     primary key references org_unit (id),
    first_module_id  varchar(40),
    goal_from        date,
    goal_to          date,
    individual_goal  integer,
    group_goal       integer,
    changed_at       timestamp with time zone not null,
    version          bigint                   not null
);

-- A referral from individual IMR to an IMR group at another unit (seed 002: from the inpatient unit
-- to the outpatient day rehabilitation), carrying the modules done and the user's goals as they
-- stood, so that the receiving unit sees them without reading the sending unit's course.
create table imr_referral (
    id            uuid                     primary key,
    course_id     uuid                     not null references treatment_course (id),
    from_unit_id  uuid                     not null references org_unit (id),
    to_unit_id    uuid                     not null references org_unit (id),
    referred_on   date                     not null,
    patient_key   varchar(100)             not null,
    patient_label varchar(100)             not null,
    modules_done  varchar(1000)            not null,
    note          varchar(1000),
    created_at    timestamp with time zone not null,
    version       bigint                   not null
);

create index imr_referral_to_unit_idx on imr_referral (to_unit_id, referred_on);
create index imr_referral_course_idx on imr_referral (course_id);

create table imr_referral_goal (
    referral_id uuid          not null references imr_referral (id),
    position    integer       not null,
    goal        varchar(500)  not null,
    steps       varchar(1000),
    primary key (referral_id, position)
);
