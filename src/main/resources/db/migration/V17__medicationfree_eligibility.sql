-- The medication-free pathway (medikamentfritt behandlingsforløp, seed 003; ADR 0023): every
-- eligibility assessment of a course is kept, met or not; the latest decides. Each criterion is
-- answered yes or no; diagnosis and voluntary care as the course said on the day of the assessment.
create table medication_free_assessment (
    id                    uuid                     primary key,
    course_id             uuid                     not null references treatment_course (id),
    assessed_on           date                     not null,
    clinician_id          uuid                     not null references user_account (id),
    clinician_name        varchar(200)             not null,
    psychosis             boolean                  not null,
    diagnosis_code        varchar(8)               not null,
    voluntary             boolean                  not null,
    wants_non_medication  boolean                  not null,
    professionally_sound  boolean                  not null,
    capacity_to_consent   boolean                  not null,
    no_risk               boolean                  not null,
    eligible              boolean                  not null,
    note                  varchar(1000),
    created_at            timestamp with time zone not null,
    version               bigint                   not null
);

create index medication_free_assessment_course_idx on medication_free_assessment (course_id, created_at);

-- What happened to the pathway of a medication-free course: continued or ended under compulsory care,
-- or left for the ordinary pathway on the course form.
create table medication_free_pathway_change (
    id              uuid                     primary key,
    course_id       uuid                     not null references treatment_course (id),
    changed_on      date                     not null,
    clinician_id    uuid                     not null references user_account (id),
    clinician_name  varchar(200)             not null,
    kind            varchar(30)              not null,
    reason          varchar(1000),
    created_at      timestamp with time zone not null,
    version         bigint                   not null
);

create index medication_free_pathway_change_course_idx on medication_free_pathway_change (course_id, created_at);

-- The facts the report counts: the course's pathway now (patient), and the first day an assessment
-- found it eligible (medicationfree). A course counts as medication-free when either says so.
alter table course_fact add column medication_free boolean not null default false;
alter table course_fact add column medication_free_chosen_on date;

update course_fact set medication_free = coalesce((select t.pathway = 'MEDICATION_FREE' from treatment_course t
    where t.id = course_fact.course_id), false);
