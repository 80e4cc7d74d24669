-- The worklist by urgency (ADR 0019).
--
-- 1. The clinician responsible for a course: a user account of the course's unit, chosen on the course
--    form; optional (courses registered before have none). Kept as a course fact, so that the worklist's
--    filter "my courses" is a condition on course_fact like every other.
alter table treatment_course add column responsible_user_id uuid references user_account (id);
alter table course_fact add column responsible_user_id uuid;
create index course_fact_responsible_idx on course_fact (responsible_user_id, end_date);

-- 2. A long-stale worklist item closed with a reason: who, when, why. The item leaves the worklist; the
--    indicators still count the course as not met (nothing here is a registration of the work itself).
--    One closure per course and item: a second close of the same item is refused as a concurrent edit.
create table worklist_closure (
    id          uuid                     primary key,
    course_id   uuid                     not null references treatment_course (id),
    item_type   varchar(30)              not null,
    reason      varchar(30)              not null,
    note        varchar(200),
    closed_by   uuid                     not null references user_account (id),
    closed_at   timestamp with time zone not null,
    version     bigint                   not null,
    constraint worklist_closure_once unique (course_id, item_type)
);
