package no.sammen.groupprogramme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.Set;
import java.util.UUID;

import no.sammen.patient.CourseService;
import no.sammen.patient.CourseView;
import no.sammen.shared.FormPost;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * The group pages: a new group, the group with its members and sessions, its change, a member's
 * family members taking part, and a new session with attendance. Forms post and redirect.
 */
@Controller
class GroupController {

    private final GroupService groups;
    private final GroupProgrammes queries;
    private final GroupAccess access;
    private final CourseService courses;
    private final Clock clock;

    GroupController(GroupService groups, GroupProgrammes queries, GroupAccess access, CourseService courses,
            Clock clock) {
        this.groups = groups;
        this.queries = queries;
        this.access = access;
        this.courses = courses;
        this.clock = clock;
    }

    @GetMapping("/groups/new")
    String newGroup(@RequestParam UUID unitId, @RequestParam Programme programme, Model model) {
        access.manager(unitId);
        GroupForm form = new GroupForm();
        form.setStartsOn(LocalDate.now(clock));
        if (programme.phased()) {
            form.setPhase(GroupPhase.JOINING);
        }
        if (programme.kinds().size() == 1) {
            form.setKind(programme.kinds().get(0));
        }
        model.addAttribute("form", form);
        return groupForm(unitId, programme, null, model);
    }

    @PostMapping("/groups/new")
    String create(@RequestParam UUID unitId, @RequestParam Programme programme,
            @ModelAttribute("form") GroupForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        access.manager(unitId);
        return FormPost.handle(binding, redirect, () -> {
            GroupView created = groups.create(unitId, programme, form.details());
            return FormPost.redirect("/groups/" + created.id(), "groupprogramme.group.created");
        }, () -> groupForm(unitId, programme, null, model));
    }

    @GetMapping("/groups/{groupId}")
    String group(@PathVariable UUID groupId, Model model) {
        GroupPage page = groups.page(groupId);
        MemberForm form = new MemberForm();
        form.setJoinedOn(LocalDate.now(clock));
        model.addAttribute("memberForm", form);
        return groupPage(page, model);
    }

    @PostMapping("/groups/{groupId}/members")
    String addMember(@PathVariable UUID groupId, @ModelAttribute("memberForm") MemberForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        groups.forSessions(groupId);
        return FormPost.handle(binding, redirect, () -> {
            groups.addMember(groupId, form.getCourseId(), form.getJoinedOn(), Set.copyOf(form.getRelativeIds()));
            return FormPost.redirect("/groups/" + groupId + "/members/" + form.getCourseId(),
                    "groupprogramme.member.added");
        }, () -> groupPage(groups.page(groupId), model));
    }

    @GetMapping("/groups/{groupId}/edit")
    String edit(@PathVariable UUID groupId, Model model) {
        GroupView group = groups.managed(groupId);
        model.addAttribute("form", GroupForm.of(group));
        return groupForm(group.unitId(), group.programme(), group, model);
    }

    @PostMapping("/groups/{groupId}/edit")
    String change(@PathVariable UUID groupId, @ModelAttribute("form") GroupForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        GroupView group = groups.managed(groupId);
        return FormPost.handle(binding, redirect, () -> {
            groups.change(groupId, form.getVersion() == null ? -1 : form.getVersion(), form.details());
            return FormPost.redirect("/groups/" + groupId, "groupprogramme.group.saved");
        }, () -> groupForm(group.unitId(), group.programme(), group, model));
    }

    @GetMapping("/groups/{groupId}/members/{courseId}")
    String member(@PathVariable UUID groupId, @PathVariable UUID courseId, Model model) {
        GroupPage page = groups.page(groupId);
        GroupPage.MemberRow row = row(page, courseId);
        MemberForm form = new MemberForm();
        form.setRelativeIds(new java.util.LinkedHashSet<>(row.member().relativeIds()));
        model.addAttribute("form", form);
        return memberPage(page, row, model);
    }

    @PostMapping("/groups/{groupId}/members/{courseId}")
    String changeMember(@PathVariable UUID groupId, @PathVariable UUID courseId,
            @ModelAttribute("form") MemberForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        groups.forSessions(groupId);
        return FormPost.handle(binding, redirect, () -> {
            groups.changeRelatives(groupId, courseId, Set.copyOf(form.getRelativeIds()));
            return FormPost.redirect("/groups/" + groupId, "groupprogramme.member.saved");
        }, () -> {
            GroupPage page = groups.page(groupId);
            return memberPage(page, row(page, courseId), model);
        });
    }

    @PostMapping("/groups/{groupId}/members/{courseId}/remove")
    String removeMember(@PathVariable UUID groupId, @PathVariable UUID courseId, RedirectAttributes redirect) {
        groups.removeMember(groupId, courseId);
        redirect.addFlashAttribute("notice", "groupprogramme.member.removed");
        return "redirect:/groups/" + groupId;
    }

    @GetMapping("/groups/{groupId}/sessions/new")
    String newSession(@PathVariable UUID groupId, Locale locale, Model model) {
        groups.forSessions(groupId);
        GroupPage page = groups.page(groupId);
        SessionForm form = new SessionForm();
        form.setHeldOn(LocalDate.now(clock));
        form.setPhase(page.group().phase());
        if (page.group().programme().withModules()) {
            form.setShift(SessionShift.DAY);
            form.setLeaderIds(new LinkedHashSet<>(page.group().leaderIds()));
            form.setPatientCourseIds(new LinkedHashSet<>(page.members().stream().map(m -> m.course().id()).toList()));
        }
        model.addAttribute("form", form);
        return sessionPage(page, null, locale, model);
    }

    @PostMapping("/groups/{groupId}/sessions/new")
    String registerSession(@PathVariable UUID groupId, @ModelAttribute("form") SessionForm form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        groups.forSessions(groupId);
        return FormPost.handle(binding, redirect, () -> {
            groups.registerSession(groupId, form.registration());
            return FormPost.redirect("/groups/" + groupId, "groupprogramme.session.registered");
        }, () -> sessionPage(groups.page(groupId), null, locale, model));
    }

    @GetMapping("/groups/{groupId}/sessions/{sessionId}/edit")
    String editSession(@PathVariable UUID groupId, @PathVariable UUID sessionId, Locale locale, Model model) {
        SessionView session = groups.readSession(groupId, sessionId);
        model.addAttribute("form", SessionForm.of(session));
        return sessionPage(groups.page(groupId), session, locale, model);
    }

    @PostMapping("/groups/{groupId}/sessions/{sessionId}/edit")
    String changeSession(@PathVariable UUID groupId, @PathVariable UUID sessionId,
            @ModelAttribute("form") SessionForm form, BindingResult binding, Locale locale, Model model,
            RedirectAttributes redirect) {
        SessionView session = groups.readSession(groupId, sessionId);
        return FormPost.handle(binding, redirect, () -> {
            groups.changeSession(groupId, sessionId, form.getVersion() == null ? -1 : form.getVersion(),
                    form.registration());
            return FormPost.redirect("/groups/" + groupId, "groupprogramme.session.changed");
        }, () -> sessionPage(groups.page(groupId), session, locale, model));
    }

    @GetMapping("/groups/{groupId}/sessions/{sessionId}/delete")
    String confirmDelete(@PathVariable UUID groupId, @PathVariable UUID sessionId, Locale locale, Model model) {
        SessionView session = groups.readSession(groupId, sessionId);
        DeleteForm form = new DeleteForm();
        form.setVersion(session.version());
        model.addAttribute("form", form);
        return deletePage(groupId, session, locale, model);
    }

    @PostMapping("/groups/{groupId}/sessions/{sessionId}/delete")
    String deleteSession(@PathVariable UUID groupId, @PathVariable UUID sessionId,
            @ModelAttribute("form") DeleteForm form, BindingResult binding, Locale locale, Model model,
            RedirectAttributes redirect) {
        SessionView session = groups.readSession(groupId, sessionId);
        return FormPost.handle(binding, redirect, () -> {
            groups.deleteSession(groupId, sessionId, form.getVersion() == null ? -1 : form.getVersion());
            return FormPost.redirect("/groups/" + groupId, "groupprogramme.session.deleted");
        }, () -> deletePage(groupId, session, locale, model));
    }

    /** The version of the session read, sent back with the deletion. */
    static class DeleteForm {

        private Long version;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    private String deletePage(UUID groupId, SessionView session, Locale locale, Model model) {
        GroupPage page = groups.page(groupId);
        model.addAttribute("page", page);
        model.addAttribute("group", page.group());
        model.addAttribute("shownSession", session);
        model.addAttribute("othersCame", groups.othersCame(groupId, session.id()));
        model.addAttribute("moduleNames", moduleNames(page.group().programme(), locale));
        return "groupprogramme/session-delete";
    }

    private Map<String, String> moduleNames(Programme programme, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        groups.modules(programme, locale).forEach(m -> names.put(m.id(), m.number() + ". " + m.name()));
        return names;
    }

    private static GroupPage.MemberRow row(GroupPage page, UUID courseId) {
        return page.members().stream().filter(m -> m.course().id().equals(courseId)).findFirst()
                .orElseThrow(() -> new no.sammen.shared.NotFoundException(GroupService.MEMBER));
    }

    private String groupForm(UUID unitId, Programme programme, GroupView group, Model model) {
        model.addAttribute("unitId", unitId);
        model.addAttribute("programme", programme);
        model.addAttribute("group", group);
        model.addAttribute("kinds", programme.kinds());
        model.addAttribute("phases", GroupPhase.values());
        model.addAttribute("statuses", GroupStatus.values());
        model.addAttribute("staff", queries.staffOfUnit(unitId).entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList());
        return "groupprogramme/group-form";
    }

    /** A module to choose, by id. */
    record ModuleChoice(String id, String label) {
    }

    private String groupPage(GroupPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("moduleNames", moduleNames(page.group().programme(), LocaleContextHolder.getLocale()));
        model.addAttribute("group", page.group());
        if (page.mayRegisterSessions()) {
            // the courses of the group's unit not yet in it, to add; their labels were shown in the course list
            List<CourseView> candidates = new ArrayList<>(courses.activeCourses(page.group().unitId()).stream()
                    .filter(c -> !page.group().hasMember(c.id())).toList());
            courses.shown(candidates, "programme group " + page.group().id() + ": courses to add");
            model.addAttribute("candidates", candidates.stream()
                    .map(c -> new Choice(c.id(), c.displayLabel())).toList());
        } else {
            model.addAttribute("candidates", List.of());
        }
        return "groupprogramme/group";
    }

    private String memberPage(GroupPage page, GroupPage.MemberRow row, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("group", page.group());
        model.addAttribute("row", row);
        return "groupprogramme/member";
    }

    private String sessionPage(GroupPage page, SessionView session, Locale locale, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("group", page.group());
        model.addAttribute("shownSession", session);
        model.addAttribute("formAction", "/groups/" + page.group().id() + "/sessions/"
                + (session == null ? "new" : session.id() + "/edit"));
        model.addAttribute("phases", GroupPhase.values());
        model.addAttribute("shifts", SessionShift.values());
        model.addAttribute("modules", groups.modules(page.group().programme(), locale).stream()
                .map(m -> new ModuleChoice(m.id(), m.number() + ". " + m.name())).toList());
        Map<UUID, String> staff = queries.staffOfUnit(page.group().unitId());
        model.addAttribute("leaders", staff.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList());
        model.addAttribute("patients", page.members().stream()
                .map(m -> new Choice(m.course().id(), m.course().displayLabel())).toList());
        List<Choice> relatives = new ArrayList<>();
        for (GroupPage.MemberRow m : page.members()) {
            m.taking().forEach(n -> relatives.add(new Choice(n.id(), n.name() + " (" + m.course().displayLabel()
                    + ")")));
        }
        model.addAttribute("relatives", relatives);
        return "groupprogramme/session-form";
    }

}
