-- PEF recruitment per treatment course (seed 000's routine for mapping and recruitment): every
-- registered state is kept, the latest is the state in force (ADR 0026).
create table pef_recruitment (
    id           uuid                     primary key,
    course_id    uuid                     not null references treatment_course (id),
    state        varchar(20)              not null,
    state_on     date,
    by_user_id   uuid                     references user_account (id),
    by_name      varchar(200)             not null,
    reason       varchar(300),
    recorded_at  timestamp with time zone not null,
    version      bigint                   not null
);

create index pef_recruitment_course_idx on pef_recruitment (course_id, recorded_at);

-- The fact of indicator K5a (ADR 0014): the first day PEF was offered, unless taken back.
alter table course_fact add column pef_offered_on date;
