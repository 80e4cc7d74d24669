package no.sammen.groupprogramme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;

import no.sammen.organisation.OrganisationService;
import no.sammen.organisation.UnitView;
import no.sammen.security.CurrentUser;
import no.sammen.shared.FormPost;
import no.sammen.shared.NotFoundException;

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
 * The pages of a unit's staff qualifications and supervision sessions: the staff with their
 * qualifications and when they were last supervised, the supervision sessions (paged, newest first,
 * filtered by programme), and a form for each. Everyone of the unit who reads its courses reads them;
 * its coordinators and leaders register, change, withdraw and delete. Forms post and redirect.
 */
@Controller
class StaffController {

    static final int PAGE_SIZE = 20;

    private final StaffService staff;
    private final GroupProgrammes queries;
    private final GroupAccess access;
    private final OrganisationService organisation;
    private final java.time.Clock clock;

    StaffController(StaffService staff, GroupProgrammes queries, GroupAccess access, OrganisationService organisation,
            java.time.Clock clock) {
        this.staff = staff;
        this.queries = queries;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The qualifications of the user's first unit; the page offers the others. */
    @GetMapping("/staff")
    String start() {
        CurrentUser me = access.me();
        List<UnitView> units = units(me);
        if (units.isEmpty()) {
            throw new NotFoundException("unit");
        }
        return "redirect:/units/" + units.get(0).id() + "/qualifications";
    }

    // ---- qualifications

    @GetMapping("/units/{unitId}/qualifications")
    String qualifications(@PathVariable UUID unitId, Model model) {
        model.addAttribute("rows", staff.staffOfUnit(unitId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("programmes", Programme.values());
        return unitPage(unitId, model, "groupprogramme/qualifications");
    }

    @GetMapping("/units/{unitId}/qualifications/new")
    String newQualification(@PathVariable UUID unitId, @RequestParam(required = false) UUID userId, Model model) {
        access.manager(unitId);
        QualificationForm form = new QualificationForm();
        form.setUserId(userId);
        model.addAttribute("form", form);
        return qualificationForm(unitId, null, model);
    }

    @PostMapping("/units/{unitId}/qualifications/new")
    String qualify(@PathVariable UUID unitId, @ModelAttribute("form") QualificationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        access.manager(unitId);
        return FormPost.handle(binding, redirect, () -> {
            staff.qualify(unitId, form.details());
            return FormPost.redirect(qualificationsPath(unitId), "groupprogramme.qualification.registered");
        }, () -> qualificationForm(unitId, null, model));
    }

    @GetMapping("/units/{unitId}/qualifications/{qualificationId}")
    String qualification(@PathVariable UUID unitId, @PathVariable UUID qualificationId, Model model) {
        QualificationView q = staff.managedQualification(unitId, qualificationId);
        model.addAttribute("form", QualificationForm.of(q));
        return qualificationForm(unitId, q, model);
    }

    @PostMapping("/units/{unitId}/qualifications/{qualificationId}")
    String changeQualification(@PathVariable UUID unitId, @PathVariable UUID qualificationId,
            @ModelAttribute("form") QualificationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        QualificationView q = staff.managedQualification(unitId, qualificationId);
        return FormPost.handle(binding, redirect, () -> {
            staff.changeQualification(unitId, qualificationId, form.getVersion() == null ? -1 : form.getVersion(),
                    form.details());
            return FormPost.redirect(qualificationsPath(unitId), "groupprogramme.qualification.saved");
        }, () -> qualificationForm(unitId, q, model));
    }

    @PostMapping("/units/{unitId}/qualifications/{qualificationId}/withdraw")
    String withdraw(@PathVariable UUID unitId, @PathVariable UUID qualificationId,
            @ModelAttribute("form") QualificationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        QualificationView q = staff.managedQualification(unitId, qualificationId);
        return FormPost.handle(binding, redirect, () -> {
            staff.withdrawQualification(unitId, qualificationId, form.getVersion() == null ? -1 : form.getVersion());
            return FormPost.redirect(qualificationsPath(unitId), "groupprogramme.qualification.withdrawn");
        }, () -> {
            // the form shows the qualification as stored, beside the answer why nothing was withdrawn
            form.fill(staff.managedQualification(unitId, qualificationId));
            return qualificationForm(unitId, q, model);
        });
    }

    // ---- supervision

    @GetMapping("/units/{unitId}/supervisions")
    String supervisions(@PathVariable UUID unitId, @RequestParam(required = false) Programme programme,
            @RequestParam(defaultValue = "0") int page, Model model) {
        supervisionList(unitId, programme, page, model);
        return unitPage(unitId, model, "groupprogramme/supervisions");
    }

    /** The programme filter and the pager ask for the list only. */
    @HxRequest
    @GetMapping("/units/{unitId}/supervisions")
    String supervisionResults(@PathVariable UUID unitId, @RequestParam(required = false) Programme programme,
            @RequestParam(defaultValue = "0") int page, Model model) {
        supervisionList(unitId, programme, page, model);
        return "groupprogramme/supervisions :: results";
    }

    @GetMapping("/units/{unitId}/supervisions/new")
    String newSupervision(@PathVariable UUID unitId, @RequestParam(required = false) Programme programme,
            Model model) {
        access.manager(unitId);
        SupervisionForm form = new SupervisionForm();
        form.setProgramme(programme == null ? Programme.PEF : programme);
        form.setHeldOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return supervisionForm(unitId, null, model);
    }

    @PostMapping("/units/{unitId}/supervisions/new")
    String supervise(@PathVariable UUID unitId, @ModelAttribute("form") SupervisionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        access.manager(unitId);
        return FormPost.handle(binding, redirect, () -> {
            staff.supervise(unitId, form.details());
            return FormPost.redirect(supervisionsPath(unitId), "groupprogramme.supervision.registered");
        }, () -> supervisionForm(unitId, null, model));
    }

    @GetMapping("/units/{unitId}/supervisions/{supervisionId}")
    String supervision(@PathVariable UUID unitId, @PathVariable UUID supervisionId, Model model) {
        SupervisionView s = staff.managedSupervision(unitId, supervisionId);
        model.addAttribute("form", SupervisionForm.of(s));
        return supervisionForm(unitId, s, model);
    }

    @PostMapping("/units/{unitId}/supervisions/{supervisionId}")
    String changeSupervision(@PathVariable UUID unitId, @PathVariable UUID supervisionId,
            @ModelAttribute("form") SupervisionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        SupervisionView s = staff.managedSupervision(unitId, supervisionId);
        return FormPost.handle(binding, redirect, () -> {
            staff.changeSupervision(unitId, supervisionId, form.getVersion() == null ? -1 : form.getVersion(),
                    form.details());
            return FormPost.redirect(supervisionsPath(unitId), "groupprogramme.supervision.saved");
        }, () -> supervisionForm(unitId, s, model));
    }

    @PostMapping("/units/{unitId}/supervisions/{supervisionId}/delete")
    String deleteSupervision(@PathVariable UUID unitId, @PathVariable UUID supervisionId,
            @ModelAttribute("form") SupervisionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        SupervisionView s = staff.managedSupervision(unitId, supervisionId);
        return FormPost.handle(binding, redirect, () -> {
            staff.deleteSupervision(unitId, supervisionId, form.getVersion() == null ? -1 : form.getVersion());
            return FormPost.redirect(supervisionsPath(unitId), "groupprogramme.supervision.deleted");
        }, () -> {
            form.fill(staff.managedSupervision(unitId, supervisionId));
            return supervisionForm(unitId, s, model);
        });
    }

    // ---- the model of each page

    private void supervisionList(UUID unitId, Programme programme, int page, Model model) {
        model.addAttribute("unitId", unitId);
        model.addAttribute("list", staff.supervisionPage(unitId, programme, page, PAGE_SIZE));
        model.addAttribute("programme", programme);
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("mayManage", GroupAccess.mayManage(access.me(), unitId));
    }

    private String qualificationForm(UUID unitId, QualificationView q, Model model) {
        model.addAttribute("qualification", q);
        model.addAttribute("kinds", QualificationKind.values());
        model.addAttribute("staff", queries.staffOfUnit(unitId).entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList());
        return unitPage(unitId, model, "groupprogramme/qualification-form");
    }

    private String supervisionForm(UUID unitId, SupervisionView s, Model model) {
        model.addAttribute("supervision", s);
        model.addAttribute("programmes", Programme.values());
        model.addAttribute("supervisors", staff.supervisors(unitId).entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList());
        List<Choice> groups = new ArrayList<>();
        for (Programme p : Programme.values()) {
            queries.groupsOfUnit(unitId, p).stream().filter(g -> g.status() != GroupStatus.ENDED
                            || s != null && g.id().equals(s.groupId()))
                    .forEach(g -> groups.add(new Choice(g.id(), g.name() + " (" + p.name() + ")")));
        }
        model.addAttribute("groups", groups);
        model.addAttribute("staff", queries.staffOfUnit(unitId).entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue())).toList());
        return unitPage(unitId, model, "groupprogramme/supervision-form");
    }

    /** The unit's page, if the user reads the unit, with the unit, the user's other units and whether they manage. */
    private String unitPage(UUID unitId, Model model, String view) {
        CurrentUser me = access.reader(unitId);
        model.addAttribute("unit", organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit")));
        model.addAttribute("units", units(me));
        model.addAttribute("mayManage", GroupAccess.mayManage(me, unitId));
        return view;
    }

    private List<UnitView> units(CurrentUser me) {
        return me.mayReadCourses() ? organisation.units(me.unitIds()).stream().filter(UnitView::active).toList()
                : List.of();
    }

    private static String qualificationsPath(UUID unitId) {
        return "/units/" + unitId + "/qualifications";
    }

    private static String supervisionsPath(UUID unitId) {
        return "/units/" + unitId + "/supervisions";
    }
}
