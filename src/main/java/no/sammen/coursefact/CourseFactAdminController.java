package no.sammen.coursefact;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's rebuild of every course fact from the registrations: from a button on the
 * organisation page, and on the API for scripts. Both are for ADMIN only (the security configuration
 * guards {@code /admin/**} and {@code /api/v1/admin/**}) and are written to the audit log.
 */
@Controller
class CourseFactAdminController {

    private final CourseFactService facts;

    CourseFactAdminController(CourseFactService facts) {
        this.facts = facts;
    }

    @PostMapping("/admin/course-facts/rebuild")
    String rebuild(RedirectAttributes redirect) {
        facts.rebuild();
        redirect.addFlashAttribute("notice", "coursefact.rebuild.done");
        return "redirect:/admin/organisation";
    }

    /** Answers with the number of courses whose facts were computed. */
    @PostMapping(value = "/api/v1/admin/course-facts/rebuild", produces = "application/json")
    @ResponseBody
    Map<String, Integer> rebuildFromApi() {
        return Map.of("courses", facts.rebuild());
    }
}
