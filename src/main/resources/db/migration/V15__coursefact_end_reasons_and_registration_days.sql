-- Numbers that cannot be rewritten (ADR 0021): how a course ended, and the days on which an exclusion
-- was registered, so that an exclusion registered after an indicator's window has closed no longer
-- takes a course out of the indicator.

-- How a course ended. Null on an ended course: ended before end reasons were recorded ("not
-- recorded"), which counts as any other end (it is not an exclusion). end_recorded_on is the day the
-- end was first registered; end_reason_recorded_on the day the reason in force was registered.
alter table treatment_course add column end_reason varchar(20);
alter table treatment_course add column end_recorded_on date;
alter table treatment_course add column end_reason_recorded_on date;
alter table treatment_course add constraint course_end_reason_known
    check (end_reason is null or end_reason in ('DISCHARGED', 'TRANSFERRED', 'BROKE_OFF', 'DIED', 'OTHER'));
alter table treatment_course add constraint course_end_reason_needs_end
    check (end_reason is null or end_date is not null);
-- The end of a course ended before this migration was registered on its end day at the earliest:
-- a reason given later is then a later registration.
update treatment_course set end_recorded_on = end_date where end_date is not null;

-- The day «no relatives or network» in force was marked. For marks made before this migration the
-- day is not known; the day the family row was last changed is the latest it can have been, so the
-- mark counts as registered then (it can only make an old exclusion late, never an old failure vanish).
alter table family_course add column no_network_on date;
update family_course set no_network_on = cast(to_char(updated_at at time zone 'Europe/Oslo', 'YYYY-MM-DD') as date)
    where no_network = true;

-- The new per-course facts.
alter table course_fact add column first_direct_contact_on date;
alter table course_fact add column first_letter_on date;
alter table course_fact add column no_network_on date;
alter table course_fact add column end_reason varchar(20);
alter table course_fact add column died boolean not null default false;
alter table course_fact add column died_recorded_on date;
alter table course_fact add column end_recorded_on date;

-- The same expressions the modules declare (CourseFactContributor), as a rebuild computes them.
update course_fact set
    first_direct_contact_on = (select cast(to_char(min(r.contacted_at) at time zone 'Europe/Oslo', 'YYYY-MM-DD') as date)
        from relative_contact r where r.course_id = course_fact.course_id and r.channel <> 'LETTER'),
    first_letter_on = (select cast(to_char(min(r.contacted_at) at time zone 'Europe/Oslo', 'YYYY-MM-DD') as date)
        from relative_contact r where r.course_id = course_fact.course_id and r.channel = 'LETTER'),
    no_network_on = (select f.no_network_on from family_course f where f.course_id = course_fact.course_id
        and f.no_network = true),
    end_reason = (select t.end_reason from treatment_course t where t.id = course_fact.course_id),
    died = coalesce((select t.end_reason = 'DIED' from treatment_course t where t.id = course_fact.course_id), false),
    died_recorded_on = (select t.end_reason_recorded_on from treatment_course t where t.id = course_fact.course_id
        and t.end_reason = 'DIED'),
    end_recorded_on = (select t.end_recorded_on from treatment_course t where t.id = course_fact.course_id);
