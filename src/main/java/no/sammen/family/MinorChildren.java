package no.sammen.family;

import java.time.LocalDate;
import java.util.List;

import no.sammen.shared.Elements;

/**
 * The patient's minor children, as far as the patient has been asked. The law requires asking, so
 * «not asked yet» is a state of its own: {@code askedOn} is null and nothing else is known.
 *
 * @param askedOn        when the patient was asked, or null if not yet
 * @param count          how many children under 18 the patient has (0 when none)
 * @param ages           their ages in years, 0–17, one per child; may be empty when not known
 * @param needsAddressed whether their needs were addressed; required when there are children
 */
public record MinorChildren(LocalDate askedOn, Integer count, List<Integer> ages, ChildNeeds needsAddressed) {

    public static final MinorChildren NOT_ASKED = new MinorChildren(null, null, List.of(), null);

    public MinorChildren {
        ages = Elements.listOf(ages);
    }

    public boolean asked() {
        return askedOn != null;
    }

    public boolean hasChildren() {
        return asked() && count != null && count > 0;
    }
}
