package no.sammen.competence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.sammen.organisation.Profession;

/** A staff member's competence plan: the template it comes from and its items; complete when all are done. */
public record StaffPlanView(UUID staffId, String fullName, Profession profession, String position, UUID unitId,
        String templateId, Integer templateVersion, String templateName, List<PlanItemView> items,
        LocalDate completedOn) {

    public StaffPlanView {
        items = List.copyOf(items);
    }

    public boolean hasTemplate() {
        return templateId != null;
    }

    public boolean complete() {
        return completedOn != null;
    }

    public PlanItemView item(String itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElse(null);
    }
}
