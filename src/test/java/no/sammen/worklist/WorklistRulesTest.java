package no.sammen.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.sammen.indicator.IndicatorDefinition;
import no.sammen.indicator.IndicatorDefinition.Direction;
import no.sammen.indicator.IndicatorDefinition.PeriodDate;
import no.sammen.indicator.IndicatorDefinition.Population;

import org.junit.jupiter.api.Test;

class WorklistRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 10);
    private final WorklistRules rules = new WorklistRules(Map.of(WorkItemType.RELATIVES_CONTACT, 3,
            WorkItemType.CONVERSATION_PATIENT, 42, WorkItemType.CONVERSATION_RELATIVES, 42,
            WorkItemType.CONVERSATION_BOTH, 42, WorkItemType.CRISIS_PLAN, 14, WorkItemType.NETWORK_MEETING, 28,
            WorkItemType.SHARED_DECISION, 30), 3);

    @Test
    void eachItemIsDueAsItsIndicatorsWindowOrDueDaysSay() {
        List<IndicatorDefinition> catalog = List.of(indicator("K1", 3, null), indicator("K2_PATIENT", 42, null),
                indicator("K2_RELATIVES", 40, null), indicator("K2_BOTH", 41, null), indicator("K3", null, 14),
                indicator("K4A", null, 28), indicator("K7", 30, null));
        assertThat(WorklistService.dueDays(catalog)).containsExactlyInAnyOrderEntriesOf(Map.of(
                WorkItemType.RELATIVES_CONTACT, 3, WorkItemType.CONVERSATION_PATIENT, 42,
                WorkItemType.CONVERSATION_RELATIVES, 40, WorkItemType.CONVERSATION_BOTH, 41,
                WorkItemType.CRISIS_PLAN, 14, WorkItemType.NETWORK_MEETING, 28, WorkItemType.SHARED_DECISION, 30));
        assertThatThrownBy(() -> WorklistService.dueDays(catalog.subList(0, 5)))
                .hasMessageContaining("NETWORK_MEETING").hasMessageContaining("K4A");
        assertThatThrownBy(() -> WorklistService.dueDays(catalog.subList(0, 6)))
                .hasMessageContaining("SHARED_DECISION").hasMessageContaining("K7");
    }

    private static IndicatorDefinition indicator(String id, Integer windowDays, Integer dueDays) {
        return new IndicatorDefinition(id, 1, Map.of("nb", id, "nn", id, "en", id), Population.ALL_COURSES, "all",
                windowDays == null ? PeriodDate.END : PeriodDate.START, windowDays, "n", "d", List.of(),
                Direction.HIGHER_IS_BETTER, 0.8, 0.6, 5, "run", List.of(), dueDays);
    }

    @Test
    void contactWithRelativesIsDueThreeDaysAfterTheStart() {
        WorkItem onDayThree = item(facts(null, false), START.plusDays(3), WorkItemType.RELATIVES_CONTACT);
        assertThat(onDayThree.status()).isEqualTo(WorkItemStatus.DUE);
        assertThat(onDayThree.dueOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(item(facts(null, false), START.plusDays(4), WorkItemType.RELATIVES_CONTACT).status())
                .isEqualTo(WorkItemStatus.OVERDUE);
    }

    @Test
    void aRegisteredContactIsDoneEvenWhenLate() {
        WorkItem late = item(facts(START.plusDays(5), false), START.plusDays(10), WorkItemType.RELATIVES_CONTACT);
        assertThat(late.status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(late.doneOn()).isEqualTo(START.plusDays(5));
    }

    @Test
    void withNoNetworkRelativesItemsAreNotRelevantButThePatientConversationIs() {
        List<WorkItem> items = rules.items(facts(null, true), START.plusDays(1));
        assertThat(items).filteredOn(i -> i.status() == WorkItemStatus.NOT_RELEVANT)
                .extracting(WorkItem::type)
                .containsExactlyInAnyOrder(WorkItemType.RELATIVES_CONTACT, WorkItemType.CONVERSATION_RELATIVES,
                        WorkItemType.CONVERSATION_BOTH)
                .hasSize(3);
        assertThat(items).filteredOn(i -> i.type() == WorkItemType.CONVERSATION_PATIENT).singleElement()
                .extracting(WorkItem::status).isEqualTo(WorkItemStatus.DUE);
    }

    @Test
    void conversationsAreDueWithin42DaysAndDoneOneByOne() {
        CourseFacts facts = new CourseFacts(START, null, false, START,
                Map.of(WorkItemType.CONVERSATION_PATIENT, START.plusDays(2)), null, null, null);
        List<WorkItem> items = rules.items(facts, START.plusDays(43));
        assertThat(status(items, WorkItemType.CONVERSATION_PATIENT)).isEqualTo(WorkItemStatus.DONE);
        assertThat(status(items, WorkItemType.CONVERSATION_RELATIVES)).isEqualTo(WorkItemStatus.OVERDUE);
        assertThat(rules.items(facts, START.plusDays(42))).filteredOn(i -> i.type() == WorkItemType.CONVERSATION_BOTH)
                .singleElement().extracting(WorkItem::status).isEqualTo(WorkItemStatus.DUE);
    }

    @Test
    void anEndedCourseLeavesOpenItemsOverdueEvenBeforeTheirDate() {
        CourseFacts ended = new CourseFacts(START, START.plusDays(2), false, START, Map.of(), null, null, null);
        assertThat(status(rules.items(ended, START.plusDays(2)), WorkItemType.CRISIS_PLAN))
                .isEqualTo(WorkItemStatus.OVERDUE);
    }

    @Test
    void aNetworkMeetingNotInvitedForAReasonIsNotRelevantWithThatReason() {
        CourseFacts facts = new CourseFacts(START, null, false, null, Map.of(), null, null, "reason.key");
        WorkItem meeting = item(facts, START.plusDays(40), WorkItemType.NETWORK_MEETING);
        assertThat(meeting.status()).isEqualTo(WorkItemStatus.NOT_RELEVANT);
        assertThat(meeting.reasonKey()).isEqualTo("reason.key");
        CourseFacts held = new CourseFacts(START, null, false, null, Map.of(), START.plusDays(3),
                START.plusDays(20), null);
        assertThat(status(rules.items(held, START.plusDays(40)), WorkItemType.NETWORK_MEETING))
                .isEqualTo(WorkItemStatus.DONE);
        assertThat(status(rules.items(held, START.plusDays(40)), WorkItemType.CRISIS_PLAN))
                .isEqualTo(WorkItemStatus.DONE);
    }

    @Test
    void amberOnlyWhenTheDeadlineIsWithinTheThreshold() {
        // The contact is due on day 3: amber from day 0 (3 days left) to day 3, plain never, red after.
        assertThat(item(facts(null, false), START, WorkItemType.RELATIVES_CONTACT).nearDeadline()).isTrue();
        assertThat(item(facts(null, false), START.plusDays(3), WorkItemType.RELATIVES_CONTACT).nearDeadline()).isTrue();
        WorkItem overdue = item(facts(null, false), START.plusDays(4), WorkItemType.RELATIVES_CONTACT);
        assertThat(overdue.status()).isEqualTo(WorkItemStatus.OVERDUE);
        assertThat(overdue.nearDeadline()).as("overdue is red, not amber").isFalse();
        // The crisis plan, due on day 14, is not amber on day 10 (4 days left) and is on day 11 (3 left).
        assertThat(item(facts(null, false), START.plusDays(10), WorkItemType.CRISIS_PLAN).nearDeadline()).isFalse();
        assertThat(item(facts(null, false), START.plusDays(11), WorkItemType.CRISIS_PLAN).nearDeadline()).isTrue();
        // Done is never amber, and the threshold is configurable.
        assertThat(item(facts(START, false), START, WorkItemType.RELATIVES_CONTACT).nearDeadline()).isFalse();
        WorklistRules wider = new WorklistRules(Map.of(WorkItemType.RELATIVES_CONTACT, 3,
                WorkItemType.CONVERSATION_PATIENT, 42, WorkItemType.CONVERSATION_RELATIVES, 42,
                WorkItemType.CONVERSATION_BOTH, 42, WorkItemType.CRISIS_PLAN, 14, WorkItemType.NETWORK_MEETING, 28,
                WorkItemType.SHARED_DECISION, 30), 5);
        assertThat(wider.items(facts(null, false), START.plusDays(9)).stream()
                .filter(i -> i.type() == WorkItemType.CRISIS_PLAN).findFirst().orElseThrow().nearDeadline()).isTrue();
    }

    @Test
    void theGroupsBoundaries() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(WorklistRules.group(today.minusDays(1), today)).isEqualTo(WorklistGroup.OVERDUE_RECENT);
        assertThat(WorklistRules.group(today.minusDays(30), today)).isEqualTo(WorklistGroup.OVERDUE_RECENT);
        assertThat(WorklistRules.group(today.minusDays(31), today)).isEqualTo(WorklistGroup.OVERDUE_EARLIER);
        assertThat(WorklistRules.group(today.minusDays(90), today)).isEqualTo(WorklistGroup.OVERDUE_EARLIER);
        assertThat(WorklistRules.group(today.minusDays(91), today)).isEqualTo(WorklistGroup.STALE);
        assertThat(WorklistRules.group(today, today)).isEqualTo(WorklistGroup.DUE_SOON);
        assertThat(WorklistRules.group(today.plusDays(7), today)).isEqualTo(WorklistGroup.DUE_SOON);
        assertThat(WorklistRules.group(today.plusDays(8), today)).isEqualTo(WorklistGroup.LATER);
    }

    @Test
    void aClosedLongStaleItemStaysOverdueAndSaysWhy() {
        WorkItem closed = rules.items(facts(null, false), Map.of(WorkItemType.RELATIVES_CONTACT, "why"),
                START.plusDays(200)).get(0);
        assertThat(closed.status()).isEqualTo(WorkItemStatus.OVERDUE);
        assertThat(closed.closedReasonKey()).isEqualTo("why");
    }

    private WorkItem item(CourseFacts facts, LocalDate today, WorkItemType type) {
        return rules.items(facts, today).stream().filter(i -> i.type() == type).findFirst().orElseThrow();
    }

    private static WorkItemStatus status(List<WorkItem> items, WorkItemType type) {
        return items.stream().filter(i -> i.type() == type).findFirst().orElseThrow().status();
    }

    private static CourseFacts facts(LocalDate firstContact, boolean noNetwork) {
        return new CourseFacts(START, null, noNetwork, firstContact, Map.of(), null, null, null);
    }

    @Test
    void aSharedDecisionIsDueWithin30DaysAsK7Says() {
        CourseFacts none = new CourseFacts(START, null, false, null, Map.of(), null, null, null, null, null);
        assertThat(item(none, START.plusDays(30), WorkItemType.SHARED_DECISION).status()).isEqualTo(WorkItemStatus.DUE);
        assertThat(item(none, START.plusDays(30), WorkItemType.SHARED_DECISION).dueOn()).isEqualTo(START.plusDays(30));
        assertThat(item(none, START.plusDays(31), WorkItemType.SHARED_DECISION).status())
                .isEqualTo(WorkItemStatus.OVERDUE);
        CourseFacts made = new CourseFacts(START, null, false, null, Map.of(), null, null, null, START.plusDays(12),
                null);
        assertThat(item(made, START.plusDays(31), WorkItemType.SHARED_DECISION).doneOn()).isEqualTo(START.plusDays(12));
    }

    @Test
    void aDayToRevisitADecisionIsAnItemDueThatDayWhileTheCourseGoesOn() {
        LocalDate revisit = START.plusDays(60);
        CourseFacts facts = new CourseFacts(START, null, false, null, Map.of(), null, null, null, START.plusDays(5),
                revisit);
        WorkItem due = item(facts, revisit, WorkItemType.SHARED_DECISION_REVISIT);
        assertThat(due.status()).isEqualTo(WorkItemStatus.DUE);
        assertThat(due.dueOn()).isEqualTo(revisit);
        assertThat(item(facts, revisit.plusDays(1), WorkItemType.SHARED_DECISION_REVISIT).status())
                .isEqualTo(WorkItemStatus.OVERDUE);
        CourseFacts noRevisit = new CourseFacts(START, null, false, null, Map.of(), null, null, null, START, null);
        assertThat(rules.items(noRevisit, revisit)).extracting(WorkItem::type)
                .doesNotContain(WorkItemType.SHARED_DECISION_REVISIT);
        CourseFacts ended = new CourseFacts(START, START.plusDays(20), false, null, Map.of(), null, null, null, START,
                revisit);
        assertThat(rules.items(ended, revisit)).extracting(WorkItem::type)
                .doesNotContain(WorkItemType.SHARED_DECISION_REVISIT);
        assertThat(WorklistRules.openWhen(WorkItemType.SHARED_DECISION_REVISIT))
                .startsWith("f.shared_decision_revisit_on is not null");
        assertThat(rules.dueWhen(WorkItemType.SHARED_DECISION_REVISIT)).isEqualTo("f.shared_decision_revisit_on");
        assertThat(rules.dueWhen(WorkItemType.SHARED_DECISION)).isEqualTo("f.start_date + 30");
    }
}
