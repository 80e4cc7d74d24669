package no.sammen.web;

import no.sammen.security.CurrentUser;
import no.sammen.security.CurrentUserService;
import no.sammen.security.Role;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page depends on the role: courses for those who treat, the reports for the analyst (who
 * sees no person-level data), administration for the admin.
 */
@Controller
class HomeController {

    private final CurrentUserService currentUsers;

    HomeController(CurrentUserService currentUsers) {
        this.currentUsers = currentUsers;
    }

    @GetMapping("/")
    String home() {
        CurrentUser me = currentUsers.current();
        if (me.mayReadCourses()) {
            return "redirect:/courses";
        }
        if (me.hasRole(Role.ANALYST)) {
            return "redirect:/reports";
        }
        if (me.hasRole(Role.ADMIN)) {
            return "redirect:/admin/users";
        }
        return "home";
    }
}
