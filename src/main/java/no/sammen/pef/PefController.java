package no.sammen.pef;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import no.sammen.family.NetworkService;
import no.sammen.groupprogramme.GroupProgrammes;
import no.sammen.groupprogramme.GroupView;
import no.sammen.groupprogramme.Programme;
import no.sammen.groupprogramme.SessionView;
import no.sammen.organisation.UnitView;
import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;
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

/** The PEF pages: the board of a unit, its recruitment list, and a course's recruitment with its sessions. */
@Controller
class PefController {

    private final PefService pef;
    private final GroupProgrammes groups;
    private final CourseService courses;
    private final NetworkService network;
    private final PefPhrases phrases;
    private final CurrentUserService users;
    private final java.time.Clock clock;

    PefController(PefService pef, GroupProgrammes groups, CourseService courses, NetworkService network,
            PefPhrases phrases, CurrentUserService users, java.time.Clock clock) {
        this.pef = pef;
        this.groups = groups;
        this.courses = courses;
        this.network = network;
        this.phrases = phrases;
        this.users = users;
        this.clock = clock;
    }

    /** The board of the user's first unit; the page offers the others. */
    @GetMapping("/pef")
    String start(Model model) {
        List<UnitView> units = pef.myUnits();
        if (units.isEmpty()) {
            throw new no.sammen.shared.NotFoundException("unit");
        }
        return "redirect:/pef/units/" + units.get(0).id();
    }

    @GetMapping("/pef/units/{unitId}")
    String board(@PathVariable UUID unitId, Model model) {
        model.addAttribute("board", pef.board(unitId));
        model.addAttribute("units", pef.myUnits());
        var me = users.current();
        model.addAttribute("mayManage", me.belongsTo(unitId)
                && (me.hasRole(Role.COORDINATOR) || me.hasRole(Role.LEADER)));
        model.addAttribute("showShare", me.hasRole(Role.LEADER) || me.hasRole(Role.COORDINATOR));
        return "pef/board";
    }

    @GetMapping("/pef/units/{unitId}/recruitment")
    String recruitment(@PathVariable UUID unitId, @RequestParam(defaultValue = "0") int page, Model model) {
        UnitView unit = pef.unit(unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("list", pef.recruitmentList(unitId, page));
        return "pef/recruitment";
    }

    @GetMapping("/courses/{courseId}/pef")
    String course(@PathVariable UUID courseId, @RequestParam(required = false) WrittenStandard standard,
            Locale locale, Model model) {
        RecruitmentForm form = new RecruitmentForm();
        form.setStateOn(java.time.LocalDate.now(clock));
        model.addAttribute("form", form);
        return coursePage(courseId, standard, locale, model);
    }

    @PostMapping("/courses/{courseId}/pef")
    String register(@PathVariable UUID courseId, @ModelAttribute("form") RecruitmentForm form, BindingResult binding,
            Locale locale, Model model, RedirectAttributes redirect) {
        courses.changeable(courseId);
        return FormPost.handle(binding, redirect, () -> {
            pef.register(courseId, form.getState(), form.getStateOn(), form.getReason());
            return FormPost.redirect("/courses/" + courseId + "/pef", "pef.recruitment.registered");
        }, () -> coursePage(courseId, null, locale, model));
    }

    /** A session of a group with the course's journal phrase. */
    record SessionPhrase(SessionView session, GroupView group, String phrase) {
    }

    private String coursePage(UUID courseId, WrittenStandard chosen, Locale locale, Model model) {
        CourseView course = courses.readable(courseId);
        WrittenStandard standard = WrittenStandard.chosenOr(chosen, locale);
        model.addAttribute("course", course);
        model.addAttribute("history", pef.history(courseId));
        List<GroupView> own = groups.groupsOfCourse(courseId).stream()
                .filter(g -> g.programme() == Programme.PEF).toList();
        model.addAttribute("groups", own);
        var members = network.members(courseId);
        List<SessionPhrase> sessions = new ArrayList<>();
        for (SessionView s : groups.sessionsAttendedBy(courseId)) {
            groups.groupsOfCourse(courseId).stream().filter(g -> g.id().equals(s.groupId())
                    && g.programme() == Programme.PEF).findFirst()
                    .ifPresent(g -> sessions.add(new SessionPhrase(s, g, phrases.phrase(s, g, courseId, members,
                            standard))));
        }
        model.addAttribute("sessions", sessions);
        model.addAttribute("standard", standard);
        model.addAttribute("standards", WrittenStandard.values());
        model.addAttribute("states", RecruitmentState.values());
        return "pef/course";
    }
}
