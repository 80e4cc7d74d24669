package no.sammen.groupprogramme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pages of staff qualifications and supervision: the unit's coordinator and leader register,
 * change, withdraw and delete, each change audited and the new ones published; the unit's other staff
 * read; other units' staff find nothing; bad input is named beside its field; a stale version is a form
 * error and stores nothing; the list of supervision sessions is paged newest first. Each test makes a
 * unit and users of its own where it counts rows, since the database is shared.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class StaffPagesIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));
    static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void aCoordinatorRegistersChangesAndWithdrawsAQualificationEachAuditedAndTheNewOnePublished() throws Exception {
        Unit unit = newUnit();
        String base = "/units/" + unit.id() + "/qualifications";
        mvc.perform(get(base).with(user(unit.coordinator())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"new-qualification\"")))
                .andExpect(content().string(containsString("id=\"staff-" + unit.clinicianId() + "\"")));
        mvc.perform(post(base + "/new").with(user(unit.coordinator())).with(csrf())
                        .param("userId", unit.clinicianId().toString()).param("kind", "PEF_GROUP_LEADER")
                        .param("qualifiedOn", TODAY.minusMonths(2).toString()))
                .andExpect(redirectedUrl(base)).andExpect(flash().attribute("notice", "groupprogramme.qualification.registered"));
        UUID id = jdbc.sql("select id from staff_qualification where unit_id = ?").param(unit.id()).query(UUID.class)
                .single();
        assertThat(events.stream(StaffQualified.class)).anySatisfy(e -> {
            assertThat(e.qualificationId()).isEqualTo(id);
            assertThat(e.userId()).isEqualTo(unit.clinicianId());
            assertThat(e.kind()).isEqualTo(QualificationKind.PEF_GROUP_LEADER);
        });
        mvc.perform(get(base).with(user(unit.coordinator())))
                .andExpect(content().string(containsString("id=\"qualification-" + id + "\"")))
                .andExpect(content().string(containsString("PEF-gruppeleder")));

        mvc.perform(post(base + "/" + id).with(user(unit.coordinator())).with(csrf()).param("version", "0")
                        .param("kind", "PEF_GROUP_LEADER").param("qualifiedOn", TODAY.minusMonths(2).toString())
                        .param("validUntil", TODAY.plusYears(2).toString()))
                .andExpect(redirectedUrl(base));
        assertThat(jdbc.sql("select valid_until from staff_qualification where id = ?").param(id)
                .query(LocalDate.class).single()).isEqualTo(TODAY.plusYears(2));

        // someone read version 0 before the change: their change is a form error and stores nothing
        mvc.perform(post(base + "/" + id).with(user(unit.coordinator())).with(csrf()).param("version", "0")
                        .param("kind", "IMR_THERAPIST").param("qualifiedOn", TODAY.minusMonths(2).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("Noen andre har endret dette")));
        mvc.perform(post(base + "/" + id + "/withdraw").with(user(unit.coordinator())).with(csrf()).param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"form-errors\"")));
        assertThat(jdbc.sql("select kind from staff_qualification where id = ?").param(id).query(String.class)
                .single()).isEqualTo("PEF_GROUP_LEADER");

        mvc.perform(post(base + "/" + id + "/withdraw").with(user(unit.coordinator())).with(csrf()).param("version", "1"))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("notice", "groupprogramme.qualification.withdrawn"));
        assertThat(jdbc.sql("select count(*) from staff_qualification where id = ?").param(id).query(Long.class)
                .single()).isZero();

        List<Map<String, Object>> audit = jdbc.sql("""
                select actor, action, unit_id, details from audit_entry
                where object_type = 'staff_qualification' and object_id = ? order by seq""")
                .param(id.toString()).query().listOfRows();
        assertThat(audit).extracting(e -> e.get("action")).containsExactly("CREATE", "UPDATE", "DELETE");
        assertThat(audit).allSatisfy(e -> {
            assertThat(e.get("actor")).isEqualTo(unit.coordinator());
            assertThat(e.get("unit_id").toString()).isEqualTo(unit.id().toString());
        });
        assertThat(audit.get(2).get("details").toString()).contains("withdrawn", "PEF_GROUP_LEADER");
    }

    @Test
    void theUnitsLeaderMayManageItsClinicianReadsOnlyAndAnotherUnitsStaffFindNothing() throws Exception {
        UUID ward = TestData.unitId(jdbc, "Kronstad sengepost");
        UUID behandler = userId("behandler");
        String base = "/units/" + ward + "/qualifications";
        mvc.perform(get(base).with(user("behandler")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"new-qualification\""))));
        mvc.perform(get(base + "/new").with(user("behandler"))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/new").with(user("behandler")).with(csrf()).param("userId", behandler.toString())
                        .param("kind", "IMR_THERAPIST").param("qualifiedOn", TODAY.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/" + ward + "/supervisions/new").with(user("behandler")).with(csrf())
                        .param("programme", "IMR").param("heldOn", TODAY.toString())
                        .param("supervisorName", "Ekstern").param("attendeeIds", behandler.toString()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from staff_qualification where user_id = ? and kind = 'IMR_THERAPIST'"
                + " and qualified_on = ? and unit_id = ?").params(behandler, TODAY, ward).query(Long.class).single())
                .isZero();

        mvc.perform(get(base).with(user("behandler2"))).andExpect(status().isNotFound());
        mvc.perform(get("/units/" + ward + "/supervisions").with(user("behandler2"))).andExpect(status().isNotFound());
        mvc.perform(get("/units/" + ward + "/supervisions").with(user("analytiker"))).andExpect(status().isNotFound());

        mvc.perform(post(base + "/new").with(user("leder")).with(csrf()).param("userId", behandler.toString())
                        .param("kind", "IMR_THERAPIST").param("qualifiedOn", TODAY.minusYears(1).toString()))
                .andExpect(redirectedUrl(base));
        UUID made = jdbc.sql("select id from staff_qualification where user_id = ? and kind = 'IMR_THERAPIST'"
                + " and unit_id = ? order by created_at desc limit 1").params(behandler, ward).query(UUID.class).single();
        mvc.perform(get(base + "/" + made).with(user("behandler"))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/" + made).with(user("behandler2"))).andExpect(status().isNotFound());
        // a qualification of another unit is not found through this unit
        mvc.perform(get("/units/" + TestData.unitId(jdbc, "Kronstad poliklinikk") + "/qualifications/" + made)
                .with(user("leder"))).andExpect(status().isNotFound());
        mvc.perform(post(base + "/" + made + "/withdraw").with(user("leder")).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl(base));
    }

    @Test
    void badInputIsNamedBesideItsFieldAndNothingIsStored() throws Exception {
        Unit unit = newUnit();
        String base = "/units/" + unit.id();
        mvc.perform(post(base + "/qualifications/new").with(user(unit.coordinator())).with(csrf())
                        .param("userId", unit.clinicianId().toString()).param("kind", "IMR_THERAPIST")
                        .param("qualifiedOn", TODAY.plusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"qualifiedOn-error\"")))
                .andExpect(content().string(containsString("Datoen kan ikke være fram i tid.")));
        mvc.perform(post(base + "/qualifications/new").with(user(unit.coordinator())).with(csrf())
                        .param("userId", unit.clinicianId().toString()).param("kind", "IMR_THERAPIST")
                        .param("qualifiedOn", TODAY.toString()).param("validUntil", TODAY.minusDays(1).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"validUntil-error\"")));
        mvc.perform(post(base + "/qualifications/new").with(user(unit.coordinator())).with(csrf())
                        .param("kind", "IMR_THERAPIST").param("qualifiedOn", "31.02.2026"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"qualifiedOn-error\"")))
                .andExpect(content().string(containsString("Ugyldig dato.")));
        mvc.perform(post(base + "/qualifications/new").with(user(unit.coordinator())).with(csrf())
                        .param("userId", userId("behandler2").toString()).param("kind", "IMR_THERAPIST")
                        .param("qualifiedOn", TODAY.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"userId-error\"")));

        String id = TestData.nationalId();
        String refused = mvc.perform(post(base + "/supervisions/new").with(user(unit.coordinator())).with(csrf())
                        .param("programme", "PEF").param("heldOn", TODAY.toString())
                        .param("supervisorName", "Veileder " + id).param("attendeeIds", unit.clinicianId().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"supervisorName-error\"", "fødselsnummer").doesNotContain(id);
        mvc.perform(post(base + "/supervisions/new").with(user(unit.coordinator())).with(csrf())
                        .param("programme", "PEF").param("heldOn", TODAY.plusDays(3).toString())
                        .param("supervisorName", "Veileder fra TIPS"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"heldOn-error\"")))
                .andExpect(content().string(containsString("id=\"attendeeIds-error\"")));
        // a supervisor chosen must hold a supervisor qualification of the programme on the day
        mvc.perform(post(base + "/supervisions/new").with(user(unit.coordinator())).with(csrf())
                        .param("programme", "IMR").param("heldOn", TODAY.toString())
                        .param("supervisorId", unit.coordinatorId().toString())
                        .param("attendeeIds", unit.clinicianId().toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"supervisorId-error\"")));
        assertThat(jdbc.sql("select count(*) from staff_qualification where unit_id = ?").param(unit.id())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from supervision_session where unit_id = ?").param(unit.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void supervisionIsRegisteredChangedAndDeletedAndTheStaffPageSaysWhenEachWasLastSupervised() throws Exception {
        Unit unit = newUnit();
        String base = "/units/" + unit.id();
        mvc.perform(post(base + "/qualifications/new").with(user(unit.coordinator())).with(csrf())
                        .param("userId", unit.coordinatorId().toString()).param("kind", "IMR_SUPERVISOR")
                        .param("qualifiedOn", TODAY.minusYears(1).toString()))
                .andExpect(redirectedUrl(base + "/qualifications"));
        mvc.perform(get(base + "/supervisions/new").with(user(unit.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + unit.coordinatorId() + "\"")));
        mvc.perform(get(base + "/supervisions").with(user(unit.coordinator())))
                .andExpect(content().string(containsString("id=\"no-supervisions\"")));

        LocalDate held = TODAY.minusDays(5);
        mvc.perform(post(base + "/supervisions/new").with(user(unit.coordinator())).with(csrf())
                        .param("programme", "IMR").param("heldOn", held.toString())
                        .param("supervisorId", unit.coordinatorId().toString())
                        .param("attendeeIds", unit.clinicianId().toString()).param("note", "Målformulering"))
                .andExpect(redirectedUrl(base + "/supervisions"))
                .andExpect(flash().attribute("notice", "groupprogramme.supervision.registered"));
        UUID id = jdbc.sql("select id from supervision_session where unit_id = ?").param(unit.id()).query(UUID.class)
                .single();
        assertThat(events.stream(SupervisionHeld.class)).anySatisfy(e -> {
            assertThat(e.supervisionId()).isEqualTo(id);
            assertThat(e.attendeeIds()).containsExactly(unit.clinicianId());
            assertThat(e.heldOn()).isEqualTo(held);
        });
        mvc.perform(get(base + "/supervisions").with(user(unit.clinician())))
                .andExpect(content().string(containsString("id=\"supervision-" + id + "\"")))
                .andExpect(content().string(containsString("Målformulering")))
                .andExpect(content().string(not(containsString("id=\"new-supervision\""))));
        mvc.perform(get(base + "/qualifications").with(user(unit.clinician())))
                .andExpect(content().string(containsString("Siste IMR-veiledning: " + held.format(NORWEGIAN))));

        mvc.perform(post(base + "/supervisions/" + id).with(user(unit.coordinator())).with(csrf())
                        .param("version", "0").param("programme", "IMR").param("heldOn", held.minusDays(1).toString())
                        .param("supervisorName", "Ekstern IMR-veileder")
                        .param("attendeeIds", unit.clinicianId().toString()))
                .andExpect(redirectedUrl(base + "/supervisions"));
        assertThat(jdbc.sql("select supervisor_name from supervision_session where id = ?").param(id)
                .query(String.class).single()).isEqualTo("Ekstern IMR-veileder");
        mvc.perform(post(base + "/supervisions/" + id + "/delete").with(user(unit.coordinator())).with(csrf())
                        .param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"form-errors\"")));
        mvc.perform(post(base + "/supervisions/" + id + "/delete").with(user(unit.coordinator())).with(csrf())
                        .param("version", "1"))
                .andExpect(redirectedUrl(base + "/supervisions"));
        assertThat(jdbc.sql("select count(*) from supervision_attendee where supervision_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select action from audit_entry where object_type = 'supervision_session'"
                + " and object_id = ? order by seq").param(id.toString()).query(String.class).list())
                .containsExactly("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void theSupervisionListIsPagedNewestFirstAndFilteredByProgrammeAsAFragmentForHtmx() throws Exception {
        Unit unit = newUnit();
        for (int i = 0; i < 22; i++) {
            jdbc.sql("""
                    insert into supervision_session (id, unit_id, programme, held_on, supervisor_name, created_at, version)
                    values (?, ?, ?, ?, 'Ekstern', current_timestamp, 0)""")
                    .params(UUID.randomUUID(), unit.id(), i % 2 == 0 ? "PEF" : "IMR", TODAY.minusDays(i)).update();
        }
        String base = "/units/" + unit.id() + "/supervisions";
        String first = mvc.perform(get(base).with(user(unit.clinician())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains(TODAY.format(NORWEGIAN), "id=\"next-page\"")
                .doesNotContain(TODAY.minusDays(20).format(NORWEGIAN) + ", ");
        assertThat(first.indexOf(TODAY.format(NORWEGIAN) + ", "))
                .isLessThan(first.indexOf(TODAY.minusDays(1).format(NORWEGIAN) + ", "));
        mvc.perform(get(base).param("page", "1").with(user(unit.clinician())))
                .andExpect(content().string(containsString(TODAY.minusDays(21).format(NORWEGIAN) + ", ")))
                .andExpect(content().string(not(containsString(TODAY.format(NORWEGIAN) + ", "))));
        mvc.perform(get(base).param("page", "9").with(user(unit.clinician())))
                .andExpect(content().string(containsString(TODAY.minusDays(21).format(NORWEGIAN) + ", ")));
        String imr = mvc.perform(get(base).param("programme", "IMR").header("HX-Request", "true")
                        .with(user(unit.clinician())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(imr).contains("<div id=\"results\"").doesNotContain("<html")
                .contains(TODAY.minusDays(1).format(NORWEGIAN) + ", IMR")
                .doesNotContain(TODAY.format(NORWEGIAN) + ", ").doesNotContain("id=\"next-page\"");
    }

    @Test
    void aVersionThatIsNoNumberIsABadRequestNamingItOnEveryFormNeverAServerError() throws Exception {
        Unit unit = newUnit();
        mvc.perform(post("/units/" + unit.id() + "/qualifications/new").with(user(unit.coordinator())).with(csrf())
                        .param("version", "abc").param("userId", unit.clinicianId().toString())
                        .param("kind", "IMR_THERAPIST").param("qualifiedOn", TODAY.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"problem-version\"")))
                .andExpect(content().string(containsString("versjonsnummeret er ugyldig")));
        assertThat(jdbc.sql("select count(*) from staff_qualification where unit_id = ?").param(unit.id())
                .query(Long.class).single()).isZero();

        UUID course = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad poliklinikk");
        String imr = "/courses/" + course + "/imr";
        mvc.perform(post(imr + "/course").with(user("behandler")).with(csrf()).param("format", "INDIVIDUAL")
                        .param("startDate", TODAY.toString()).param("therapistIds", userId("behandler").toString())
                        .param("places[PRACTICAL_FACTS]", "1"))
                .andExpect(redirectedUrl(imr));
        mvc.perform(post(imr + "/goals/new").with(user("behandler")).with(csrf()).param("setOn", TODAY.toString())
                        .param("goal", "Komme i bedre form"))
                .andExpect(redirectedUrl(imr + "#goals"));
        UUID goal = jdbc.sql("select id from imr_goal where course_id = ?").param(course).query(UUID.class).single();
        for (MockHttpServletRequestBuilder bad : List.of(
                post(imr + "/goals/" + goal).param("version", "abc").param("setOn", TODAY.toString())
                        .param("goal", "Noe annet"),
                post("/courses/" + course + "/edit").param("version", "1.5").param("startDate", TODAY.toString()),
                post(imr + "/goals/" + goal).param("version", "abc").header("Accept-Language", "en"))) {
            mvc.perform(bad.with(user("behandler")).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"problem-version\"")));
        }
        assertThat(jdbc.sql("select goal from imr_goal where id = ?").param(goal).query(String.class).single())
                .isEqualTo("Komme i bedre form");
    }

    /** A unit of its own, with a coordinator and a clinician, so that counts of its rows are the test's own. */
    record Unit(UUID id, String coordinator, UUID coordinatorId, String clinician, UUID clinicianId) {
    }

    private Unit newUnit() {
        UUID clinic = jdbc.sql("select clinic_id from org_unit where name = 'Solli dagrehabilitering'")
                .query(UUID.class).single();
        UUID id = UUID.randomUUID();
        String suffix = id.toString().substring(0, 8);
        jdbc.sql("""
                insert into org_unit (id, clinic_id, name, unit_type, phone, active, version)
                values (?, ?, ?, 'OUTPATIENT', '55 90 00 00', true, 0)""")
                .params(id, clinic, "Staff unit " + suffix).update();
        UUID coordinator = newUser("koord-" + suffix, "Koordinator " + suffix, "COORDINATOR", id);
        UUID clinician = newUser("beh-" + suffix, "Behandler " + suffix, "CLINICIAN", id);
        return new Unit(id, "koord-" + suffix, coordinator, "beh-" + suffix, clinician);
    }

    private UUID newUser(String username, String name, String role, UUID unit) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into user_account (id, username, display_name, password_hash, enabled, version)
                values (?, ?, ?, 'x', true, 0)""").params(id, username, name).update();
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role).update();
        jdbc.sql("insert into user_unit (user_id, unit_id) values (?, ?)").params(id, unit).update();
        return id;
    }

    private UUID userId(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(UUID.class).single();
    }
}
