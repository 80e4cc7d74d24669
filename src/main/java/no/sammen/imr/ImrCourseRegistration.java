package no.sammen.imr;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An IMR course as registered or changed; {@code moduleIds} in the order the user chose. */
record ImrCourseRegistration(ImrFormat format, LocalDate startDate, LocalDate endDate, LocalDate nextSessionOn,
        List<UUID> therapistIds, List<String> moduleIds) {

    ImrCourseRegistration {
        therapistIds = therapistIds == null ? List.of() : therapistIds.stream().filter(java.util.Objects::nonNull)
                .distinct().toList();
        moduleIds = moduleIds == null ? List.of() : moduleIds.stream().filter(java.util.Objects::nonNull).toList();
    }
}
