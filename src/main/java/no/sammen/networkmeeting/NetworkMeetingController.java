package no.sammen.networkmeeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.sammen.family.NetworkMemberView;
import no.sammen.family.NetworkService;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.registration.CourseStaff;
import no.sammen.shared.FormPost;
import no.sammen.shared.WrittenStandard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network meeting pages of a course: the list with journal phrases and a new registration, the
 * edit page, and the question asked when a course ends. The forms work without scripts: every field
 * is on the page with a hint, the style sheet hides what the answers make irrelevant, and the server
 * checks everything. Forms post and redirect.
 */
@Controller
@RequestMapping("/courses/{courseId}/network-meetings")
class NetworkMeetingController {

    private final NetworkMeetingService meetings;
    private final CourseService courses;
    private final NetworkService network;
    private final MeetingPhrases phrases;
    private final CourseStaff staff;
    private final Clock clock;

    NetworkMeetingController(NetworkMeetingService meetings, CourseService courses, NetworkService network,
            MeetingPhrases phrases, CourseStaff staff, Clock clock) {
        this.staff = staff;
        this.meetings = meetings;
        this.courses = courses;
        this.network = network;
        this.phrases = phrases;
        this.clock = clock;
    }

    @GetMapping
    String list(@PathVariable UUID courseId, @RequestParam(required = false) WrittenStandard standard,
            Locale locale, Model model) {
        MeetingForm form = new MeetingForm();
        form.setInvitedOn(LocalDate.now(clock));
        staff.actingUsersMember(courses.readable(courseId)).ifPresent(s -> form.setStaffId(s.id()));
        model.addAttribute("form", form);
        return listPage(courseId, standard, locale, model);
    }

    @PostMapping
    String register(@PathVariable UUID courseId, @ModelAttribute("form") MeetingForm form, BindingResult binding,
            Locale locale, Model model, RedirectAttributes redirect) {
        return FormPost.handle(binding, redirect, () -> {
            meetings.register(courseId, form.registration());
            return FormPost.redirect(listPath(courseId), "networkmeeting.registered");
        }, () -> listPage(courseId, null, locale, model));
    }

    @GetMapping("/{meetingId}/edit")
    String edit(@PathVariable UUID courseId, @PathVariable UUID meetingId, Model model) {
        CourseView course = courses.changeable(courseId);
        model.addAttribute("form", MeetingForm.of(meetings.read(courseId, meetingId)));
        return editPage(course, meetingId, model);
    }

    @PostMapping("/{meetingId}/edit")
    String change(@PathVariable UUID courseId, @PathVariable UUID meetingId, @ModelAttribute("form") MeetingForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CourseView course = courses.changeable(courseId);
        return FormPost.handle(binding, redirect, () -> {
            meetings.change(courseId, meetingId, form.getVersion(), form.registration());
            return FormPost.redirect(listPath(courseId), "networkmeeting.saved");
        }, () -> editPage(course, meetingId, model));
    }

    /** Asked when a course ends, so that the indicator knows about every course: invited, and if not, why not. */
    @GetMapping("/at-end")
    String atEnd(@PathVariable UUID courseId, @RequestParam(required = false) Boolean invited, Model model) {
        courses.changeable(courseId);
        // the page shows the course and its network members' names: an audited read
        CourseView course = courses.get(courseId);
        MeetingForm form = new MeetingForm();
        form.setInvited(invited);
        staff.actingUsersMember(course).ifPresent(s -> form.setStaffId(s.id()));
        model.addAttribute("form", form);
        return atEndPage(course, model);
    }

    @PostMapping("/at-end")
    String registerAtEnd(@PathVariable UUID courseId, @ModelAttribute("form") MeetingForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CourseView course = courses.changeable(courseId);
        return FormPost.handle(binding, redirect, () -> {
            meetings.register(courseId, form.registration());
            return FormPost.redirect("/courses/" + courseId, "networkmeeting.registered");
        }, () -> atEndPage(course, model));
    }

    private static String listPath(UUID courseId) {
        return "/courses/" + courseId + "/network-meetings";
    }

    private String listPage(UUID courseId, WrittenStandard chosen, Locale locale, Model model) {
        CourseView course = courses.readable(courseId);
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        List<NetworkMemberView> members = network.members(courseId);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("rows", meetings.read(courseId).stream()
                .map(m -> MeetingRow.of(m, members, phrases.phrase(m, members, standard), today)).toList());
        model.addAttribute("standard", standard);
        model.addAttribute("standards", WrittenStandard.values());
        model.addAttribute("formAction", "/courses/" + courseId + "/network-meetings");
        return formModel(course, members, model, "networkmeeting/meetings");
    }

    private String editPage(CourseView course, UUID meetingId, Model model) {
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("formAction", "/courses/" + course.id() + "/network-meetings/" + meetingId + "/edit");
        return formModel(course, network.members(course.id()), model, "networkmeeting/edit");
    }

    private String atEndPage(CourseView course, Model model) {
        model.addAttribute("registered", meetings.hasRegistration(course.id()));
        model.addAttribute("formAction", "/courses/" + course.id() + "/network-meetings/at-end");
        return formModel(course, network.members(course.id()), model, "networkmeeting/at-end");
    }

    private String formModel(CourseView course, List<NetworkMemberView> members, Model model, String view) {
        model.addAttribute("course", course);
        model.addAttribute("staffMembers", staff.choices(course));
        model.addAttribute("members", members);
        model.addAttribute("notInvitedReasons", NotInvitedReason.values());
        model.addAttribute("statuses", MeetingStatus.values());
        model.addAttribute("places", MeetingPlace.values());
        model.addAttribute("notHeldReasons", NotHeldReason.values());
        return view;
    }
}
