package no.sammen.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import no.sammen.patient.CourseService;
import no.sammen.shared.FormPost;
import no.sammen.shared.WrittenStandard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network map pages: the map with its forms (add a member, no relatives, minor children), and
 * one page per member (edit, consent and its history). Forms post and redirect; a refused form is
 * shown again with its messages beside the fields.
 */
@Controller
class NetworkController {

    private final NetworkService network;
    private final NetworkMapService maps;
    private final FamilyStateService states;
    private final ConsentService consents;
    private final FamilyPhrases phrases;
    private final CourseService courses;
    private final Clock clock;

    NetworkController(NetworkService network, NetworkMapService maps, FamilyStateService states,
            ConsentService consents, FamilyPhrases phrases, CourseService courses, Clock clock) {
        this.network = network;
        this.maps = maps;
        this.states = states;
        this.consents = consents;
        this.phrases = phrases;
        this.courses = courses;
        this.clock = clock;
    }

    @GetMapping("/courses/{id}/network")
    String map(@PathVariable UUID id, @RequestParam(required = false) WrittenStandard standard, Locale locale,
            Model model) {
        return mapPage(id, standard, locale, model);
    }

    /** The post-only addresses of the map page lead back to it (e.g. the language links after an error). */
    @GetMapping({"/courses/{id}/network/members", "/courses/{id}/network/no-network", "/courses/{id}/network/children"})
    String backToMap(@PathVariable UUID id) {
        return "redirect:/courses/" + id + "/network";
    }

    @PostMapping("/courses/{id}/network/members")
    String add(@PathVariable UUID id, @ModelAttribute("memberForm") MemberForm form, BindingResult binding,
            Locale locale, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            network.add(id, form.details());
            return FormPost.redirect(mapPath(id), "family.member.added");
        }, () -> mapPage(id, null, locale, model));
    }

    @PostMapping("/courses/{id}/network/no-network")
    String noNetwork(@PathVariable UUID id, @ModelAttribute("noNetworkForm") NoNetworkForm form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            states.markNoNetwork(id, form.getVersion(), form.isNoNetwork());
            return FormPost.redirect(mapPath(id),
                    form.isNoNetwork() ? "family.noNetwork.marked" : "family.noNetwork.cleared");
        }, () -> mapPage(id, null, locale, model));
    }

    @PostMapping("/courses/{id}/network/children")
    String children(@PathVariable UUID id, @ModelAttribute("childrenForm") ChildrenForm form, BindingResult binding,
            Locale locale, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            states.recordChildren(id, form.getVersion(), form.children());
            return FormPost.redirect(mapPath(id), "family.children.saved");
        }, () -> mapPage(id, null, locale, model));
    }

    @GetMapping("/courses/{id}/network/members/{memberId}")
    String member(@PathVariable UUID id, @PathVariable UUID memberId,
            @RequestParam(required = false) WrittenStandard standard, Locale locale, Model model) {
        return memberPage(id, memberId, standard, locale, model);
    }

    @PostMapping("/courses/{id}/network/members/{memberId}")
    String change(@PathVariable UUID id, @PathVariable UUID memberId, @ModelAttribute("memberForm") MemberForm form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            network.change(id, memberId, form.getVersion(), form.details());
            return FormPost.redirect(memberPath(id, memberId), "family.member.saved");
        }, () -> memberPage(id, memberId, null, locale, model));
    }

    @PostMapping("/courses/{id}/network/members/{memberId}/removal")
    String remove(@PathVariable UUID id, @PathVariable UUID memberId, @ModelAttribute("removalForm") RemovalForm form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            network.remove(id, memberId, form.getVersion());
            return FormPost.redirect(mapPath(id), "family.member.removed");
        }, () -> memberPage(id, memberId, null, locale, model));
    }

    @GetMapping({"/courses/{id}/network/members/{memberId}/consents",
        "/courses/{id}/network/members/{memberId}/consents/{consentId}/withdrawal",
        "/courses/{id}/network/members/{memberId}/removal"})
    String backToMember(@PathVariable UUID id, @PathVariable UUID memberId) {
        return "redirect:/courses/" + id + "/network/members/" + memberId;
    }

    @PostMapping("/courses/{id}/network/members/{memberId}/consents")
    String consent(@PathVariable UUID id, @PathVariable UUID memberId,
            @ModelAttribute("consentForm") ConsentForm form, BindingResult binding, Locale locale, Model model,
            RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            consents.registerConsent(id, form.details(memberId));
            return FormPost.redirect(memberPath(id, memberId), "family.consent.registered");
        }, () -> memberPage(id, memberId, null, locale, model));
    }

    @PostMapping("/courses/{id}/network/members/{memberId}/consents/{consentId}/withdrawal")
    String withdraw(@PathVariable UUID id, @PathVariable UUID memberId, @PathVariable UUID consentId,
            @ModelAttribute("withdrawalForm") WithdrawalForm form, BindingResult binding, Locale locale, Model model,
            RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            consents.withdrawConsent(id, consentId, form.getVersion(), form.getWithdrawnOn());
            return FormPost.redirect(memberPath(id, memberId), "family.consent.withdrawn");
        }, () -> memberPage(id, memberId, null, locale, model));
    }

    private static String mapPath(UUID id) {
        return "/courses/" + id + "/network";
    }

    private static String memberPath(UUID id, UUID memberId) {
        return "/courses/" + id + "/network/members/" + memberId;
    }

    private String mapPage(UUID id, WrittenStandard chosen, Locale locale, Model model) {
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        NetworkMapView map = maps.networkMap(id);
        List<NetworkMemberView> members = map.members().stream().map(NetworkMapView.MapMember::member).toList();
        model.addAttribute("course", courses.readable(id));
        model.addAttribute("map", map);
        model.addAttribute("standard", standard);
        model.addAttribute("standards", WrittenStandard.values());
        model.addAttribute("phrase", phrases.networkSummary(
                new FamilyStateView(id, map.noNetwork(), map.children(), map.version()), members, standard));
        addRelations(model);
        model.addAttribute("needs", ChildNeeds.values());
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm());
        }
        if (!model.containsAttribute("noNetworkForm")) {
            model.addAttribute("noNetworkForm", NoNetworkForm.of(map));
        }
        if (!model.containsAttribute("childrenForm")) {
            ChildrenForm children = ChildrenForm.of(map);
            if (children.getAskedOn() == null) {
                children.setAskedOn(LocalDate.now(clock));
            }
            model.addAttribute("childrenForm", children);
        }
        return "family/network";
    }

    private String memberPage(UUID id, UUID memberId, WrittenStandard chosen, Locale locale, Model model) {
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        MemberConsentsView member = consents.member(id, memberId);
        model.addAttribute("course", courses.readable(id));
        model.addAttribute("member", member);
        model.addAttribute("standard", standard);
        model.addAttribute("standards", WrittenStandard.values());
        Map<UUID, String> consentPhrases = new LinkedHashMap<>();
        for (ConsentView consent : member.consents()) {
            consentPhrases.put(consent.id(), phrases.consent(consent, member.member(), standard));
        }
        model.addAttribute("consentPhrases", consentPhrases);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("statuses", ConsentStatus.values());
        addRelations(model);
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", MemberForm.of(member.member()));
        }
        if (!model.containsAttribute("consentForm")) {
            ConsentForm consent = new ConsentForm();
            consent.setGivenOn(LocalDate.now(clock));
            model.addAttribute("consentForm", consent);
        }
        if (!model.containsAttribute("removalForm")) {
            RemovalForm removal = new RemovalForm();
            removal.setVersion(member.member().version());
            model.addAttribute("removalForm", removal);
        }
        if (!model.containsAttribute("withdrawalForm")) {
            WithdrawalForm withdrawal = new WithdrawalForm();
            withdrawal.setWithdrawnOn(LocalDate.now(clock));
            member.current().ifPresent(c -> withdrawal.setVersion(c.version()));
            model.addAttribute("withdrawalForm", withdrawal);
        }
        return "family/member";
    }

    private static void addRelations(Model model) {
        model.addAttribute("privateRelations",
                Arrays.stream(Relation.values()).filter(Relation::isRelative).toList());
        model.addAttribute("publicRelations",
                Arrays.stream(Relation.values()).filter(r -> !r.isRelative()).toList());
    }
}
