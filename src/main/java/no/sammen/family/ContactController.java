package no.sammen.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseStaff;
import no.sammen.security.CurrentUserService;
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

/** Contacts with relatives: the list (the earliest is the first contact), a form, and the letter to relatives. */
@Controller
class ContactController {

    private final ContactService contacts;
    private final FamilyStateService states;
    private final NetworkService network;
    private final FamilyPhrases phrases;
    private final CourseService courses;
    private final CurrentUserService currentUsers;
    private final CourseStaff staff;
    private final Clock clock;

    ContactController(ContactService contacts, FamilyStateService states, NetworkService network,
            FamilyPhrases phrases, CourseService courses, CurrentUserService currentUsers, CourseStaff staff,
            Clock clock) {
        this.staff = staff;
        this.contacts = contacts;
        this.states = states;
        this.network = network;
        this.phrases = phrases;
        this.courses = courses;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/courses/{id}/contacts")
    String contacts(@PathVariable UUID id, @RequestParam(required = false) WrittenStandard standard, Locale locale,
            Model model) {
        return page(id, standard, locale, model);
    }

    @PostMapping("/courses/{id}/contacts")
    String register(@PathVariable UUID id, @ModelAttribute("contactForm") ContactForm form, BindingResult binding,
            Locale locale, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            RelativeContactView saved = contacts.registerContact(id, form.contact());
            return FormPost.redirect("/courses/" + id + "/contacts",
                    saved.first() ? "family.contact.registeredFirst" : "family.contact.registered");
        }, () -> page(id, null, locale, model));
    }

    /** The printable letter to relatives, in bokmål or nynorsk whatever the language of the pages. */
    @GetMapping("/courses/{id}/contacts/letter")
    String letter(@PathVariable UUID id, @RequestParam(required = false) WrittenStandard standard, Locale locale,
            Model model) {
        WrittenStandard chosen = WrittenStandard.chosenOr(standard, locale);
        model.addAttribute("letter", contacts.letter(id, chosen));
        model.addAttribute("course", courses.readable(id));
        model.addAttribute("standards", WrittenStandard.values());
        return "family/letter";
    }

    private String page(UUID id, WrittenStandard chosen, Locale locale, Model model) {
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        CourseView course = courses.readable(id);
        List<RelativeContactView> contactLog = contacts.contactLog(id);
        List<NetworkMemberView> members = network.members(id);
        Map<UUID, String> contactPhrases = new LinkedHashMap<>();
        for (RelativeContactView contact : contactLog) {
            contactPhrases.put(contact.id(), phrases.contact(contact, members, standard));
        }
        model.addAttribute("course", course);
        model.addAttribute("contacts", contactLog);
        model.addAttribute("membersById", members.stream()
                .collect(java.util.stream.Collectors.toMap(NetworkMemberView::id, m -> m)));
        model.addAttribute("relatives", members.stream().filter(m -> m.relation().isRelative()).toList());
        model.addAttribute("noNetwork", states.noNetwork(id));
        model.addAttribute("contactPhrases", contactPhrases);
        model.addAttribute("standard", standard);
        model.addAttribute("standards", WrittenStandard.values());
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("staffMembers", staff.choices(course));
        model.addAttribute("dueDate", course.startDate().plusDays(FirstContactView.GUIDELINE_DAYS));
        if (!model.containsAttribute("contactForm")) {
            ContactForm form = new ContactForm();
            form.setDate(LocalDate.now(clock));
            form.setTime(LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
            // Most often the one registering made the contact: their staff member, or their name as text.
            staff.actingUsersMember(course).ifPresentOrElse(s -> form.setStaffId(s.id()),
                    () -> currentUsers.find().ifPresent(me -> form.setStaffName(me.displayName())));
            model.addAttribute("contactForm", form);
        }
        return "family/contacts";
    }
}
