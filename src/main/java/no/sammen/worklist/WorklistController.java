package no.sammen.worklist;

import java.util.List;
import java.util.UUID;

import no.sammen.shared.NotFoundException;
import no.sammen.shared.PageOf;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The unit worklist: what is due across all active courses, overdue first, a page at a time. */
@Controller
class WorklistController {

    static final int PAGE_SIZE = 50;

    private final WorklistService worklist;

    WorklistController(WorklistService worklist) {
        this.worklist = worklist;
    }

    @GetMapping("/worklist")
    String worklist(@RequestParam(required = false) UUID unit, @RequestParam(defaultValue = "0") int page,
            Model model) {
        if (unit != null && worklist.myUnits().stream().noneMatch(u -> u.id().equals(unit))) {
            throw new NotFoundException("unit");
        }
        List<UnitWorkItem> items = worklist.openItems(unit);
        PageOf<UnitWorkItem> shown = PageOf.slice(items, page, PAGE_SIZE);
        worklist.shown(shown.items());
        model.addAttribute("result", shown);
        model.addAttribute("units", worklist.myUnits());
        model.addAttribute("unit", unit);
        return "worklist/list";
    }
}
