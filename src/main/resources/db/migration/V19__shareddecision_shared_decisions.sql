-- Documented shared decisions (samvalg) per treatment course (seed 003, PRODUCT.md capability 8):
-- the day, the question decided, the options considered (recommendations of the guideline catalog by
-- id and the clinician's own options), what matters most to the patient in their own words, whether a
-- decision aid was used (and which), who of the network took part, the decision and a day to revisit.
-- More than one per course. The row holds the decision as it stands; every saved state is kept as a
-- revision, so that a change never makes an earlier version unreadable (ADR 0025).
create table shared_decision (
    id                 uuid                     primary key,
    course_id          uuid                     not null references treatment_course (id),
    decided_on         date                     not null,
    question           varchar(30)              not null,
    question_text      varchar(200),
    what_matters       varchar(1000)            not null,
    decision_aid_used  boolean                  not null,
    decision_aid       varchar(30),
    decision_aid_text  varchar(200),
    decision           varchar(1000)            not null,
    revisit_on         date,
    created_at         timestamp with time zone not null,
    changed_at         timestamp with time zone not null,
    version            bigint                   not null
);

create index shared_decision_course_idx on shared_decision (course_id);

-- The options considered, in the order given: a recommendation of the guideline catalog (its id) or
-- the clinician's own words.
create table shared_decision_option (
    decision_id        uuid         not null references shared_decision (id),
    position           integer      not null,
    recommendation_id  varchar(50),
    option_text        varchar(200),
    primary key (decision_id, position),
    constraint shared_decision_option_one check ((recommendation_id is null) <> (option_text is null))
);

-- Who of the course's network map took part (the patient and the clinician always do).
create table shared_decision_participant (
    decision_id uuid not null references shared_decision (id),
    member_id   uuid not null references network_member (id),
    primary key (decision_id, member_id)
);

-- Every saved state of a decision, append-only: revision 1 is the decision as first documented. The
-- options and participants are kept as lists in text (ids joined by commas; own options one a line).
create table shared_decision_revision (
    decision_id        uuid                     not null references shared_decision (id),
    revision           integer                  not null,
    course_id          uuid                     not null references treatment_course (id),
    recorded_at        timestamp with time zone not null,
    recorded_by        varchar(200)             not null,
    decided_on         date                     not null,
    question           varchar(30)              not null,
    question_text      varchar(200),
    option_ids         varchar(1000)            not null,
    free_options       varchar(2000)            not null,
    what_matters       varchar(1000)            not null,
    decision_aid_used  boolean                  not null,
    decision_aid       varchar(30),
    decision_aid_text  varchar(200),
    participant_ids    varchar(2000)            not null,
    decision           varchar(1000)            not null,
    revisit_on         date,
    primary key (decision_id, revision)
);

-- The facts of indicator K7 and of the worklist's revisit item (ADR 0014): the first day a shared
-- decision was documented, and the day to revisit the course's latest decision.
alter table course_fact add column shared_decision_on date;
alter table course_fact add column shared_decision_revisit_on date;
