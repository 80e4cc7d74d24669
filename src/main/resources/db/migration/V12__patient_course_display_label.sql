-- The display label moves from the patient to the course. A patient is one pseudonymous person in
-- a trust, shared by every unit that treats them; the label is what one unit chose to call them.
-- Kept on the patient, a second unit registering the same person was shown the first unit's label,
-- and so learnt that the person was treated elsewhere. Each course now carries the label its unit
-- uses; patient.display_label stays as the label given at the patient's first registration, no
-- longer shown. Existing courses keep the label they showed until now. A course without a label of
-- its own (a bulk load that writes only the patient) shows the patient's label.
alter table treatment_course add column display_label varchar(40);

update treatment_course set display_label =
    (select p.display_label from patient p where p.id = treatment_course.patient_id);
