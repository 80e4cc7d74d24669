-- Patients are pseudonyms: an HMAC-SHA-256 of the national id under a secret key, unique per trust,
-- and a display label chosen by the clinician. The national id itself is never stored.
create table patient (
    id            uuid                     primary key,
    trust_id      uuid                     not null references health_trust (id),
    pseudonym     varchar(64)              not null,
    display_label varchar(40)              not null,
    created_at    timestamp with time zone not null,
    version       bigint                   not null,
    constraint patient_pseudonym_unique unique (trust_id, pseudonym)
);

-- A treatment course (forløp) of a patient in one unit.
create table treatment_course (
    id             uuid                     primary key,
    patient_id     uuid                     not null references patient (id),
    unit_id        uuid                     not null references org_unit (id),
    start_date     date                     not null,
    end_date       date,
    diagnosis_code varchar(8)               not null,
    psychosis      boolean                  not null,
    legal_status   varchar(20)              not null,
    pathway        varchar(20)              not null,
    created_at     timestamp with time zone not null,
    version        bigint                   not null,
    constraint course_end_after_start check (end_date is null or end_date >= start_date)
);

create index course_unit_start_idx on treatment_course (unit_id, start_date);
create index course_patient_idx on treatment_course (patient_id);
