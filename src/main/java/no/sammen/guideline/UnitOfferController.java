package no.sammen.guideline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.shared.FormPost;
import no.sammen.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What each DPS offers (§3): the regional page, for everyone signed in (organisation-level data, no
 * person), grouped by clinic; and the page where an administrator or a leader of the unit says whether
 * the unit has one offer, and its usual waiting time.
 */
@Controller
@RequestMapping("/guideline/offers")
class UnitOfferController {

    private final UnitOfferService offers;
    private final CurrentUserService users;

    UnitOfferController(UnitOfferService offers, CurrentUserService users) {
        this.offers = offers;
        this.users = users;
    }

    /** The units of one clinic, for the regional page. */
    record ClinicOffers(String clinicName, List<UnitOffersView> units) {
    }

    @GetMapping
    String regional(Model model) {
        CurrentUser user = users.current();
        Map<UUID, ClinicOffers> byClinic = new LinkedHashMap<>();
        List<UUID> maintainable = new ArrayList<>();
        for (UnitOffersView unit : offers.all()) {
            byClinic.computeIfAbsent(unit.clinicId(), id -> new ClinicOffers(unit.clinicName(), new ArrayList<>()))
                    .units().add(unit);
            if (offers.mayMaintain(user, unit.unitId())) {
                maintainable.add(unit.unitId());
            }
        }
        model.addAttribute("clinics", List.copyOf(byClinic.values()));
        model.addAttribute("catalogOffers", offers.catalogOffers());
        model.addAttribute("maintainable", maintainable);
        return "guideline/offers";
    }

    @GetMapping("/units/{unitId}/{recommendationId}")
    String edit(@PathVariable UUID unitId, @PathVariable String recommendationId, Model model) {
        UnitOffersView unit = maintained(unitId);
        UnitOfferForm form = new UnitOfferForm();
        form.setOffered(unit.has(recommendationId));
        form.setWaitingWeeks(unit.waitingWeeks(recommendationId));
        form.setVersion(unit.version());
        model.addAttribute("form", form);
        return editPage(unit, recommendationId, model);
    }

    @PostMapping("/units/{unitId}/{recommendationId}")
    String change(@PathVariable UUID unitId, @PathVariable String recommendationId,
            @ModelAttribute("form") UnitOfferForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        UnitOffersView unit = maintained(unitId);
        return FormPost.handle(binding, redirect, () -> {
            offers.change(unitId, form.getVersion(), recommendationId, form.getOffered(), form.getWaitingWeeks());
            return FormPost.redirect("/guideline/offers#unit-" + unitId, "guideline.offers.saved");
        }, () -> editPage(unit, recommendationId, model));
    }

    private UnitOffersView maintained(UUID unitId) {
        UnitOffersView unit = offers.offers(unitId);
        if (!offers.mayMaintain(users.current(), unitId)) {
            throw new AccessDeniedException("may not change the unit's offers");
        }
        return unit;
    }

    private String editPage(UnitOffersView unit, String recommendationId, Model model) {
        Recommendation recommendation = offers.catalogOffers().stream()
                .filter(r -> r.id().equals(recommendationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("unit_offers"));
        model.addAttribute("unit", unit);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("formAction", "/guideline/offers/units/" + unit.unitId() + "/" + recommendationId);
        model.addAttribute("yesNo", List.of(true, false));
        return "guideline/offer-form";
    }
}
