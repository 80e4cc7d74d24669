package no.sammen.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import no.sammen.patient.CourseView;
import no.sammen.registration.CourseRegistrations;
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

/**
 * The conversations of a course, and the conversation guide that is also the registration form:
 * the topics ticked under the guide's headings are saved with the date, participants and the rest.
 */
@Controller
class ConversationController {

    private final ConversationService service;
    private final ConversationNetwork network;
    private final CourseRegistrations courses;
    private final CurrentUserService currentUsers;
    private final Clock clock;
    private final CourseStaff staff;

    ConversationController(ConversationService service, ConversationNetwork network, CourseRegistrations courses,
            CurrentUserService currentUsers, Clock clock, CourseStaff staff) {
        this.staff = staff;
        this.service = service;
        this.network = network;
        this.courses = courses;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/courses/{id}/conversations")
    String list(@PathVariable UUID id, @RequestParam(required = false) WrittenStandard standard, Locale locale,
            Model model) {
        CourseView course = courses.toRead(id);
        List<ConversationView> conversations = service.readConversations(id);
        WrittenStandard chosen = WrittenStandard.chosenOr(standard, locale);
        Map<UUID, String> phrases = new LinkedHashMap<>();
        conversations.forEach(c -> phrases.put(c.id(), service.phrase(c, chosen)));
        model.addAttribute("course", course);
        model.addAttribute("conversations", conversations);
        model.addAttribute("phrases", phrases);
        model.addAttribute("standard", chosen);
        model.addAttribute("standards", WrittenStandard.values());
        model.addAttribute("kinds", ConversationKind.values());
        return "conversation/list";
    }

    @GetMapping("/courses/{id}/conversations/new")
    String guide(@PathVariable UUID id, @RequestParam(required = false) ConversationKind kind, Model model) {
        if (kind == null) {
            return "redirect:/courses/" + id + "/conversations";
        }
        ConversationForm form = new ConversationForm();
        form.setKind(kind);
        form.setHeldOn(LocalDate.now(clock));
        CourseView course = courses.toChange(id);
        staff.actingUsersMember(course).ifPresentOrElse(s -> form.setStaffId(s.id()),
                () -> form.setStaff(currentUsers.current().displayName()));
        model.addAttribute("form", form);
        return guidePage(id, null, kind, model);
    }

    @PostMapping("/courses/{id}/conversations")
    String register(@PathVariable UUID id, @ModelAttribute("form") ConversationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            ConversationView saved = service.register(id, form.details());
            return FormPost.redirect(listPath(id, saved.id()), "conversation.registered");
        }, () -> guidePage(id, null, kindOf(form), model));
    }

    @GetMapping("/courses/{id}/conversations/{conversationId}/edit")
    String edit(@PathVariable UUID id, @PathVariable UUID conversationId, Model model) {
        courses.toChange(id);
        ConversationView conversation = service.readConversation(id, conversationId);
        model.addAttribute("form", ConversationForm.of(conversation));
        return guidePage(id, conversationId, conversation.kind(), model);
    }

    @PostMapping("/courses/{id}/conversations/{conversationId}/edit")
    String change(@PathVariable UUID id, @PathVariable UUID conversationId,
            @ModelAttribute("form") ConversationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            service.change(id, conversationId, form.getVersion(), form.details());
            return FormPost.redirect(listPath(id, conversationId), "conversation.saved");
        }, () -> guidePage(id, conversationId, kindOf(form), model));
    }

    private static ConversationKind kindOf(ConversationForm form) {
        return form.getKind() == null ? ConversationKind.PATIENT : form.getKind();
    }

    private static String listPath(UUID courseId, UUID conversationId) {
        return "/courses/" + courseId + "/conversations#conversation-" + conversationId;
    }

    private String guidePage(UUID courseId, UUID conversationId, ConversationKind kind, Model model) {
        CourseView course = courses.toChange(courseId);
        model.addAttribute("course", course);
        model.addAttribute("members", network.forForm(courseId));
        model.addAttribute("staffMembers", staff.choices(course));
        model.addAttribute("kind", kind);
        model.addAttribute("introKey", ConversationGuide.introKey(kind));
        model.addAttribute("sections", ConversationGuide.sections(kind));
        model.addAttribute("conversationId", conversationId);
        return "conversation/guide";
    }
}
