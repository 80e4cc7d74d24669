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
        int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shownPage = Math.min(Math.max(page, 0), pages - 1);
        int from = shownPage * PAGE_SIZE;
        List<UnitWorkItem> shown = items.subList(from, Math.min(from + PAGE_SIZE, items.size()));
        worklist.shown(shown);
        model.addAttribute("result", new PageOf<>(shown, shownPage, PAGE_SIZE, items.size()));
        model.addAttribute("units", worklist.myUnits());
        model.addAttribute("unit", unit);
        return "worklist/list";
    }
}
