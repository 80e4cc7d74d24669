package no.sammen.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.sammen.patient.CourseSection;
import no.sammen.patient.CourseView;

import org.springframework.stereotype.Component;

/**
 * The family part of the course page: the network in numbers, the closest relative, «no relatives»,
 * the minor children, and the first contact with relatives against the guideline's three days.
 */
@Component
class FamilySection implements CourseSection {

    /** How the first contact stands against the guideline. */
    enum ContactStatus {
        /** Contacted within three days of the start. */
        DONE,
        /** Contacted, but later than three days after the start. */
        LATE,
        /**
         * Not contacted, but a letter was given (perhaps handed to the patient to pass on): an
         * attempt, not a contact.
         */
        ATTEMPTED,
        /** Not contacted yet, the due date has not passed. */
        DUE,
        /** Not contacted and the due date has passed. */
        OVERDUE,
        /** The course has no relatives or network. */
        NOT_RELEVANT
    }

    private final NetworkService network;
    private final FamilyStateService states;
    private final ContactService contacts;
    private final Clock clock;

    FamilySection(NetworkService network, FamilyStateService states, ContactService contacts, Clock clock) {
        this.network = network;
        this.states = states;
        this.contacts = contacts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "family/sections";
    }

    @Override
    public String fragment() {
        return "network";
    }

    @Override
    public Map<String, Object> model(CourseView course) {
        List<NetworkMemberView> members = network.members(course.id());
        FamilyStateView state = states.state(course.id());
        Optional<FirstContactView> first = contacts.firstContact(course.id());
        LocalDate due = course.startDate().plusDays(FirstContactView.GUIDELINE_DAYS);
        Map<String, Object> model = new HashMap<>();
        model.put("courseId", course.id());
        model.put("privateCount", members.stream().filter(m -> m.sphere() == Sphere.PRIVATE).count());
        model.put("publicCount", members.stream().filter(m -> m.sphere() == Sphere.PUBLIC).count());
        model.put("closestRelative", members.stream().filter(NetworkMemberView::closestRelative).findFirst()
                .orElse(null));
        model.put("noNetwork", state.noNetwork());
        model.put("children", state.children());
        model.put("firstContact", first.orElse(null));
        model.put("dueDate", due);
        Optional<FirstContactView> letter = contacts.firstLetter(course.id());
        model.put("firstLetter", letter.orElse(null));
        model.put("noNetworkOn", state.noNetworkOn());
        ContactStatus status = contactStatus(state.noNetwork(), first, due, LocalDate.now(clock));
        model.put("contactStatus", (status == ContactStatus.DUE || status == ContactStatus.OVERDUE)
                && letter.isPresent() ? ContactStatus.ATTEMPTED.name() : status.name());
        model.put("overdue", status == ContactStatus.OVERDUE);
        return model;
    }

    static ContactStatus contactStatus(boolean noNetwork, Optional<FirstContactView> first, LocalDate due,
            LocalDate today) {
        if (first.isPresent()) {
            return first.get().withinGuideline() ? ContactStatus.DONE : ContactStatus.LATE;
        }
        if (noNetwork) {
            return ContactStatus.NOT_RELEVANT;
        }
        return today.isAfter(due) ? ContactStatus.OVERDUE : ContactStatus.DUE;
    }
}
