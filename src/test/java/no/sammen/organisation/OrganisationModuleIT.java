package no.sammen.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;

/**
 * The organisation module started on its own (with {@code shared}, the only module it may use): it
 * works without the audit log that records its changes, and tells of each change by an event. The
 * template for a module test: bootstrap one module, drive it through its service, assert on its
 * events and on what it did not need.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
class OrganisationModuleIT {

    @Autowired
    OrganisationAdminService admin;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ApplicationContext context;

    @Test
    void createsATrustAndTellsOfItWithoutTheAuditLog(AssertablePublishedEvents events) {
        UUID id = admin.createTrust("Helse Modul " + UUID.randomUUID().toString().substring(0, 8));

        assertThat(events).contains(OrganisationChanged.class)
                .matching(OrganisationChanged::id, id)
                .matching(OrganisationChanged::part, OrganisationChanged.Part.HEALTH_TRUST)
                .matching(OrganisationChanged::change, OrganisationChanged.Change.CREATED);
        assertThat(admin.trust(id).name()).startsWith("Helse Modul ");
    }

    @Test
    void startsWithoutTheModulesThatDependOnIt() {
        assertThat(context.getBeanNamesForType(OrganisationService.class)).hasSize(1);
        for (String other : new String[] {"no.sammen.audit.AuditService", "no.sammen.security.CurrentUserService",
                "no.sammen.patient.CourseService"}) {
            assertThat(context.getBeansOfType(classOf(other))).as(other).isEmpty();
        }
    }

    private static Class<?> classOf(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
