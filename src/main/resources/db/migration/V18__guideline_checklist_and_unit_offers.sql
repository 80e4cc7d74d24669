-- The guideline checklist of a course (ADR 0024): every registration of a recommendation's state is a
-- row of its own, numbered per course and recommendation; the latest (highest sequence) decides, the
-- others are its history. The number is also the version a change was read at: two registrations
-- made from the same reading collide on the unique key, and the second is refused.
create table guideline_checklist_entry (
    id                uuid                     primary key,
    course_id         uuid                     not null references treatment_course (id),
    unit_id           uuid                     not null references org_unit (id),
    recommendation_id varchar(60)              not null,
    catalog_version   integer                  not null,
    sequence          integer                  not null,
    state             varchar(20)              not null,
    state_on          date,
    reason            varchar(500),
    recorded_at       timestamp with time zone not null,
    version           bigint                   not null,
    constraint guideline_checklist_entry_sequence unique (course_id, recommendation_id, sequence),
    constraint guideline_checklist_entry_state check (state in ('NOT_CONSIDERED', 'OFFERED', 'STARTED',
        'DECLINED', 'NOT_RELEVANT', 'NOT_AVAILABLE')),
    constraint guideline_checklist_entry_dated check (state in ('NOT_CONSIDERED', 'NOT_RELEVANT')
        or state_on is not null)
);

create index guideline_checklist_entry_unit_idx on guideline_checklist_entry (unit_id, state_on);

-- What each unit offers of the catalog's offers (recommendations with offeredByUnits): one set per
-- unit with a version, and a row per offer it has, with the usual waiting time in weeks if known.
-- A unit without a row for an offer lacks it.
create table unit_offer_set (
    unit_id    uuid                     primary key references org_unit (id),
    changed_at timestamp with time zone not null,
    version    bigint                   not null
);

create table unit_offer (
    unit_id           uuid        not null references unit_offer_set (unit_id),
    recommendation_id varchar(60) not null,
    waiting_weeks     integer,
    primary key (unit_id, recommendation_id),
    constraint unit_offer_waiting_weeks check (waiting_weeks is null or (waiting_weeks >= 0 and waiting_weeks <= 104))
);

-- The per-course facts of the recommendation-level indicators (R_CBT, R_FAMILY_PSYCHOEDUCATION, R_IPS):
-- the first day the recommendation was offered (offered, started or declined, unless a later
-- registration says otherwise), and, kept by the course itself, whether it ended before day 90.
alter table course_fact add column cbt_offered_on date;
alter table course_fact add column family_psychoeducation_offered_on date;
alter table course_fact add column ips_offered_on date;
alter table course_fact add column ended_before_day_90 boolean not null default false;

update course_fact set ended_before_day_90 = coalesce((select t.end_date is not null
        and t.end_date < t.start_date + 90 from treatment_course t where t.id = course_fact.course_id), false);
