package no.sammen.patient;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import no.sammen.shared.Versions;
import no.sammen.shared.PageOf;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Courses and patients", description = "Pseudonymous patients and their treatment courses, "
        + "limited to the caller's units. The national id is accepted in request bodies only and never returned.")
class CourseApiController {

    private final CourseService courses;

    CourseApiController(CourseService courses) {
        this.courses = courses;
    }

    record PatientRequest(String nationalId, String displayLabel, UUID unitId) {

        @Override
        public String toString() {
            return "PatientRequest[***]";
        }
    }

    record CourseRequest(String nationalId, String displayLabel, UUID unitId, LocalDate startDate,
            String diagnosisCode, LegalStatus legalStatus, Pathway pathway, UUID responsibleUserId) {

        @Override
        public String toString() {
            return "CourseRequest[***]";
        }
    }

    /**
     * @param pathwayOnCompulsory       on a medication-free course whose legal status changes to COMPULSORY:
     *                                  CONTINUE (with pathwayOnCompulsoryReason) or RETURN_TO_ORDINARY
     * @param pathwayOnCompulsoryReason why the medication-free pathway continues under compulsory care
     */
    record CourseChangeRequest(Long version, UUID unitId, LocalDate startDate, String diagnosisCode,
            LegalStatus legalStatus, Pathway pathway, UUID responsibleUserId,
            PathwayOnCompulsory.Answer pathwayOnCompulsory, String pathwayOnCompulsoryReason) {

        PathwayOnCompulsory onCompulsory() {
            return pathwayOnCompulsory == null && pathwayOnCompulsoryReason == null ? null
                    : new PathwayOnCompulsory(pathwayOnCompulsory, pathwayOnCompulsoryReason);
        }
    }

    /** @param endReason how the course ended: required with the end date */
    record EndRequest(Long version, LocalDate endDate, CourseEndReason endReason) {
    }

    @Operation(summary = "Find or register a patient in the trust of one of your units")
    @PostMapping("/patients")
    ResponseEntity<PatientView> registerPatient(@RequestBody PatientRequest request) {
        PatientView patient = courses.registerPatient(request.nationalId(), request.displayLabel(), request.unitId());
        return patient.existing() ? ResponseEntity.ok(patient)
                : ResponseEntity.status(201).body(patient);
    }

    @Operation(summary = "Your units' courses, newest start first")
    @GetMapping("/courses")
    PageOf<CourseView> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) CourseStatus status,
            @RequestParam(required = false) DiagnosisGroup diagnosisGroup,
            @RequestParam(required = false) Pathway pathway, @RequestParam(required = false) UUID unitId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return courses.list(new CourseQuery(q, status, diagnosisGroup, pathway, unitId, page, size));
    }

    @Operation(summary = "Register a course; an already known patient is found by national id. The pathway is "
            + "ORDINARY: MEDICATION_FREE is chosen afterwards by an eligibility assessment and refused here (field pathway)")
    @PostMapping("/courses")
    ResponseEntity<RegisteredCourse> register(@RequestBody CourseRequest request) {
        RegisteredCourse registered = courses.register(new NewCourse(request.nationalId(), request.displayLabel(),
                new CourseDetails(request.unitId(), request.startDate(), request.diagnosisCode(),
                        request.legalStatus(), request.pathway(), request.responsibleUserId())));
        return ResponseEntity.created(URI.create("/api/v1/courses/" + registered.course().id())).body(registered);
    }

    @Operation(summary = "One course")
    @GetMapping("/courses/{id}")
    CourseView get(@PathVariable UUID id) {
        return courses.get(id);
    }

    @Operation(summary = "Change a course; send the version you read. A new start date is refused, naming them, "
            + "when registrations of the course would lie before it. The pathway MEDICATION_FREE is refused here "
            + "(field pathway) unless the course is on it already: it is chosen by an eligibility assessment "
            + "(POST /api/v1/courses/{id}/medication-free/assessments). A change of legalStatus to COMPULSORY on a "
            + "medication-free course needs pathwayOnCompulsory: CONTINUE with pathwayOnCompulsoryReason, or "
            + "RETURN_TO_ORDINARY; either is recorded")
    @PutMapping("/courses/{id}")
    CourseView update(@PathVariable UUID id, @RequestBody CourseChangeRequest request) {
        return courses.update(id, Versions.required(request.version()), new CourseDetails(request.unitId(),
                request.startDate(), request.diagnosisCode(), request.legalStatus(), request.pathway(),
                request.responsibleUserId()), request.onCompulsory());
    }

    @Operation(summary = "End a course, or move the end of an ended one, with how it ended (endReason: DISCHARGED, "
            + "TRANSFERRED, BROKE_OFF, DIED, OTHER); send the version you read. Refused, naming them, when "
            + "registrations of the course would lie after the end date")
    @PostMapping("/courses/{id}/end")
    CourseView end(@PathVariable UUID id, @RequestBody EndRequest request) {
        return courses.end(id, Versions.required(request.version()), request.endDate(), request.endReason());
    }

}
