-- One row of facts per treatment course, for the indicators and the worklist: what the modules that
-- register things about a course contribute (ADR 0014). Each module keeps its own columns current in
-- the transaction of every registration that changes them; nothing else writes here. Reports read this
-- table alone, one row per course.
create table course_fact (
    course_id                  uuid        primary key references treatment_course (id),
    -- patient: the course itself
    unit_id                    uuid,
    start_date                 date,
    end_date                   date,
    start_month                integer,
    end_month                  integer,
    psychosis                  boolean     not null default false,
    -- family
    first_contact_on           date,
    no_network                 boolean     not null default false,
    -- conversation
    patient_conversation_on    date,
    relatives_conversation_on  date,
    both_conversation_on       date,
    crisis_plan_on             date,
    -- networkmeeting
    meeting_invited            boolean     not null default false,
    meeting_held               boolean     not null default false,
    meeting_done_on            date,
    meeting_not_invited_reason varchar(40)
);

-- Reports place courses in periods by their start or end date; the drill-down and the worklist read
-- one unit's courses.
create index course_fact_start_idx on course_fact (start_date);
create index course_fact_end_idx on course_fact (end_date);
create index course_fact_unit_start_idx on course_fact (unit_id, start_date);
create index course_fact_unit_end_idx on course_fact (unit_id, end_date);

-- The facts of the courses registered so far: the same expressions the modules declare
-- (CourseFactContributor), as a rebuild computes them.
insert into course_fact (course_id) select id from treatment_course;

update course_fact set
    unit_id = (select t.unit_id from treatment_course t where t.id = course_fact.course_id),
    start_date = (select t.start_date from treatment_course t where t.id = course_fact.course_id),
    end_date = (select t.end_date from treatment_course t where t.id = course_fact.course_id),
    start_month = (select cast(extract(year from t.start_date) * 100 + extract(month from t.start_date) as integer)
        from treatment_course t where t.id = course_fact.course_id),
    end_month = (select cast(extract(year from t.end_date) * 100 + extract(month from t.end_date) as integer)
        from treatment_course t where t.id = course_fact.course_id),
    psychosis = (select t.psychosis from treatment_course t where t.id = course_fact.course_id),
    first_contact_on = (select cast(to_char(min(r.contacted_at) at time zone 'Europe/Oslo', 'YYYY-MM-DD') as date)
        from relative_contact r where r.course_id = course_fact.course_id),
    no_network = coalesce((select f.no_network from family_course f where f.course_id = course_fact.course_id), false),
    patient_conversation_on = (select min(b.held_on) from basic_conversation b
        where b.course_id = course_fact.course_id and b.kind = 'PATIENT'),
    relatives_conversation_on = (select min(b.held_on) from basic_conversation b
        where b.course_id = course_fact.course_id and b.kind = 'RELATIVES'),
    both_conversation_on = (select min(b.held_on) from basic_conversation b
        where b.course_id = course_fact.course_id and b.kind = 'BOTH'),
    crisis_plan_on = (select p.made_on from crisis_plan p where p.course_id = course_fact.course_id
        and p.warning_signs is not null and trim(p.warning_signs) <> ''),
    meeting_invited = exists (select 1 from network_meeting m where m.course_id = course_fact.course_id
        and m.invited = true),
    meeting_held = exists (select 1 from network_meeting m where m.course_id = course_fact.course_id
        and m.status = 'HELD'),
    meeting_done_on = (select min(case when m.status = 'HELD' then m.held_on
                                       when m.status = 'NOT_HELD' then m.invited_on end)
        from network_meeting m where m.course_id = course_fact.course_id),
    meeting_not_invited_reason = case when exists (select 1 from network_meeting m
            where m.course_id = course_fact.course_id and m.invited = true) then null
        else (select m.not_invited_reason from network_meeting m where m.course_id = course_fact.course_id
              order by m.created_at, m.id fetch first 1 row only) end;
