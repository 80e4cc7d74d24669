-- Indexes for counting the indicators (IndicatorQueries). Courses are placed in periods by their
-- start or end date; a narrow period finds its courses by these dates, and the min and max of each
-- tell whether a period holds every course.
create index course_start_idx on treatment_course (start_date);
create index course_end_idx on treatment_course (end_date);

-- The first conversation of each kind and whether any meeting was invited or held are read per course
-- from these indexes alone, without visiting the rows. Each replaces an index on course_id only.
create index basic_conversation_course_kind_idx on basic_conversation (course_id, kind, held_on);
drop index basic_conversation_course_idx;
create index network_meeting_course_state_idx on network_meeting (course_id, invited, status);
drop index network_meeting_course_idx;
