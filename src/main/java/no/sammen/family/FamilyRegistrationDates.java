package no.sammen.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import no.sammen.patient.CourseRegistrationDates;
import no.sammen.registration.CourseDates;

import org.springframework.stereotype.Component;

/**
 * The family's dated registrations of a course, for a move of its dates: contacts with relatives
 * (letters named as such), consents given and withdrawn, and when the patient was asked about minor
 * children.
 */
@Component
class FamilyRegistrationDates implements CourseRegistrationDates {

    private final RelativeContactRepository contacts;
    private final MemberConsentRepository consents;
    private final CourseFamilyRepository families;
    private final Clock clock;

    FamilyRegistrationDates(RelativeContactRepository contacts, MemberConsentRepository consents,
            CourseFamilyRepository families, Clock clock) {
        this.contacts = contacts;
        this.consents = consents;
        this.families = families;
        this.clock = clock;
    }

    @Override
    public List<Dated> outside(UUID courseId, LocalDate start, LocalDate end) {
        List<Dated> dated = new ArrayList<>();
        for (RelativeContact c : contacts.findByCourseIdOrderByContactedAt(courseId)) {
            dated.add(new Dated(c.channel() == ContactChannel.LETTER ? "family.dated.letter" : "family.dated.contact",
                    LocalDateTime.ofInstant(c.contactedAt(), clock.getZone()).toLocalDate()));
        }
        for (MemberConsent consent : consents.findByCourseId(courseId)) {
            dated.add(new Dated("family.dated.consent", consent.givenOn()));
            if (consent.withdrawnOn() != null) {
                dated.add(new Dated("family.dated.consentWithdrawn", consent.withdrawnOn()));
            }
        }
        families.findById(courseId).map(f -> f.children().askedOn())
                .ifPresent(askedOn -> dated.add(new Dated("family.dated.children", askedOn)));
        return CourseDates.outside(dated, start, end);
    }
}
