package no.sammen.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import no.sammen.organisation.Profession;
import no.sammen.shared.FieldProblem;

import org.junit.jupiter.api.Test;

class ImplementationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID OUTSIDE = UUID.randomUUID();

    @Test
    void aTeamMemberMustBeStaffOfTheUnitOnceWithARole() {
        assertThat(fields(ImplementationRules.team(List.of(new ImprovementTeam.Member(A, TeamRole.LEADER),
                new ImprovementTeam.Member(OUTSIDE, TeamRole.OTHER), new ImprovementTeam.Member(A, null)),
                Set.of(A, B)))).containsExactly("members[1].staffId", "members[2].staffId", "members[2].role");
        assertThat(ImplementationRules.team(List.of(new ImprovementTeam.Member(B, TeamRole.PEF_COORDINATOR)),
                Set.of(A, B))).isEmpty();
    }

    @Test
    void anActivityEndsNoEarlierThanItStartsHasAResponsibleOfTheUnitAndIsDoneOnlyOnceStarted() {
        assertThat(fields(ImplementationRules.activity(new ActivityDetails(ActivityKind.SIMULATION, "VR",
                TODAY.plusDays(5), TODAY.plusDays(4), OUTSIDE, ActivityStatus.DONE, null), Set.of(A), TODAY)))
                .containsExactly("endsOn", "responsibleStaffId", "status");
        assertThat(fields(ImplementationRules.activity(new ActivityDetails(null, " ", null, null, null, null, null),
                Set.of(A), TODAY))).containsExactly("kind", "title", "startsOn", "status");
        assertThat(ImplementationRules.activity(new ActivityDetails(ActivityKind.DIPS_PHRASES, "Fraser", TODAY,
                TODAY, A, ActivityStatus.DONE, "ok"), Set.of(A), TODAY)).isEmpty();
    }

    @Test
    void attendanceNeedsASignUpAndTheDayAndNoMoreFromElsewhereAttendThanSignedUp() {
        EventDetails past = event(TODAY, List.of(new TrainingEvent.Participant(A, false, true),
                new TrainingEvent.Participant(OUTSIDE, true, false), new TrainingEvent.Participant(B, true, true)),
                List.of(new TrainingEvent.External(Workplace.HOSPITAL, 2, 3)));
        assertThat(fields(ImplementationRules.event(past, Set.of(A, B), TODAY)))
                .containsExactly("participants[0].attended", "participants[1].staffId", "externals[0].attended");
        EventDetails future = event(TODAY.plusDays(1), List.of(new TrainingEvent.Participant(A, true, true)),
                List.of(new TrainingEvent.External(Workplace.MUNICIPALITY, 5, 0)));
        assertThat(ImplementationRules.event(future, Set.of(A), TODAY)).extracting(FieldProblem::messageKey)
                .containsExactly("implementation.event.attendedBeforeHeld");
    }

    @Test
    void statisticsCountStaffByTheirDpsAndThoseFromElsewhereByWorkplaceWithBarsScaledToTheLargest() {
        EventView event = new EventView(UUID.randomUUID(), UUID.randomUUID(), TrainingKind.CONFERENCE,
                TrainingTopic.OTHER, "Oppstart", TODAY, "Bergen", "Helse Vest", List.of(
                        new EventView.Participant(A, "A", "Kronstad DPS", Profession.NURSE, "Sykepleier", true, true),
                        new EventView.Participant(B, "B", "Solli DPS", Profession.PSYCHOLOGIST, "Behandler", true,
                                false)),
                List.of(new EventView.External(Workplace.HOSPITAL, 4, 2)), 6, 3, 0);
        ParticipantStatistics s = ParticipantStatistics.of(List.of(event));
        assertThat(s.signedUp()).isEqualTo(6);
        assertThat(s.byWorkplace()).extracting(r -> r.label() == null ? r.key() : r.label())
                .containsExactly("Kronstad DPS", "Solli DPS", "implementation.workplace.HOSPITAL");
        assertThat(s.byWorkplace().get(2).signedUpBar()).isEqualTo(100);
        assertThat(s.byWorkplace().get(0).signedUpBar()).isEqualTo(25);
        assertThat(s.byProfession()).extracting(ParticipantStatistics.Row::key).contains(
                "organisation.profession.NURSE", "implementation.statistics.unknown");
    }

    @Test
    void aHalfYearIsParsedStrictly() {
        assertThat(HalfYear.parse("2026-H2").months()).hasSize(6).first().hasToString("2026-07");
        assertThat(HalfYear.parse("2026-H3")).isNull();
        assertThat(HalfYear.of(TODAY).code()).isEqualTo("2026-H1");
        assertThat(HalfYear.of(TODAY).previous().code()).isEqualTo("2025-H2");
    }

    private static EventDetails event(LocalDate day, List<TrainingEvent.Participant> participants,
            List<TrainingEvent.External> externals) {
        return new EventDetails(TrainingKind.COURSE_DAY, TrainingTopic.PEF, "PEF-kurs", day, "Kronstad", "Team",
                participants, externals);
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
