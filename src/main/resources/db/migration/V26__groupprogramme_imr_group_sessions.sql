-- IMR groups on the shared group model (ADR 0030): a group session of IMR carries its shift, the module
-- and part worked on, the leaders who held it and, per patient who came, whether the user chose homework.
-- One row per session, read by IMR for its counts and course pages; no copies per attendee.
alter table programme_session add column shift varchar(10);
alter table programme_session add column module_id varchar(40);
alter table programme_session add column module_part integer;

alter table programme_session_patient add column homework_chosen boolean;

create table programme_session_leader (
    session_id uuid not null references programme_session (id),
    user_id    uuid not null references user_account (id),
    primary key (session_id, user_id)
);

create index programme_session_relative_course_idx on programme_session_relative (course_id);

-- A referral received and taken into one of the receiving unit's IMR groups.
alter table imr_referral add column taken_in_group_id uuid references programme_group (id);
alter table imr_referral add column taken_in_course_id uuid references treatment_course (id);
alter table imr_referral add column taken_in_on date;
