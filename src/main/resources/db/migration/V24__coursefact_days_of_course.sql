-- Each day fact's day of the course (days from the start to it; null when the day is), kept beside it by
-- CourseFactService, so that the counting compares integers: "within N days of the start" is <name>_day <= N
-- (ADR 0022, addendum). The start itself has none (it would always be 0).

alter table course_fact add column both_conversation_on_day integer;
alter table course_fact add column cbt_offered_on_day integer;
alter table course_fact add column crisis_plan_on_day integer;
alter table course_fact add column died_recorded_on_day integer;
alter table course_fact add column end_date_day integer;
alter table course_fact add column end_recorded_on_day integer;
alter table course_fact add column family_psychoeducation_offered_on_day integer;
alter table course_fact add column first_contact_on_day integer;
alter table course_fact add column first_direct_contact_on_day integer;
alter table course_fact add column first_letter_on_day integer;
alter table course_fact add column ips_offered_on_day integer;
alter table course_fact add column medication_free_chosen_on_day integer;
alter table course_fact add column meeting_done_on_day integer;
alter table course_fact add column no_network_on_day integer;
alter table course_fact add column patient_conversation_on_day integer;
alter table course_fact add column pef_offered_on_day integer;
alter table course_fact add column pef_started_on_day integer;
alter table course_fact add column relatives_conversation_on_day integer;
alter table course_fact add column shared_decision_on_day integer;
alter table course_fact add column shared_decision_revisit_on_day integer;

update course_fact set
    both_conversation_on_day = both_conversation_on - start_date,
    cbt_offered_on_day = cbt_offered_on - start_date,
    crisis_plan_on_day = crisis_plan_on - start_date,
    died_recorded_on_day = died_recorded_on - start_date,
    end_date_day = end_date - start_date,
    end_recorded_on_day = end_recorded_on - start_date,
    family_psychoeducation_offered_on_day = family_psychoeducation_offered_on - start_date,
    first_contact_on_day = first_contact_on - start_date,
    first_direct_contact_on_day = first_direct_contact_on - start_date,
    first_letter_on_day = first_letter_on - start_date,
    ips_offered_on_day = ips_offered_on - start_date,
    medication_free_chosen_on_day = medication_free_chosen_on - start_date,
    meeting_done_on_day = meeting_done_on - start_date,
    no_network_on_day = no_network_on - start_date,
    patient_conversation_on_day = patient_conversation_on - start_date,
    pef_offered_on_day = pef_offered_on - start_date,
    pef_started_on_day = pef_started_on - start_date,
    relatives_conversation_on_day = relatives_conversation_on - start_date,
    shared_decision_on_day = shared_decision_on - start_date,
    shared_decision_revisit_on_day = shared_decision_revisit_on - start_date;
