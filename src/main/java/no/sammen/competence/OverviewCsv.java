package no.sammen.competence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The unit overview as CSV by RFC 4180 (comma-separated, CRLF, quoted when needed): one row per staff
 * member, one column per item with its state and day, and whether the plan is complete. A field that
 * starts like a formula is prefixed with an apostrophe, so that a spreadsheet shows it as text.
 */
final class OverviewCsv {

    private OverviewCsv() {
    }

    static String write(CompetenceService.Overview overview, BiFunction<String, Object[], String> messages,
            Locale locale) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("name", "profession", "position", "plan"));
        overview.items().forEach(i -> header.add(i.id()));
        header.add("complete_on");
        line(out, header);
        for (StaffPlanView plan : overview.plans()) {
            List<String> row = new ArrayList<>(List.of(plan.fullName(),
                    messages.apply("organisation.profession." + plan.profession(), new Object[0]), plan.position(),
                    plan.templateId() == null ? "" : plan.templateId() + " v" + plan.templateVersion()));
            for (PlanCatalog.Item column : overview.items()) {
                PlanItemView item = plan.item(column.id());
                row.add(item == null ? "" : item.state() + (item.completedOn() != null ? " " + item.completedOn()
                        : item.state() == ItemState.PLANNED ? " " + item.plannedOn() : ""));
            }
            row.add(plan.completedOn() == null ? "" : plan.completedOn().toString());
            line(out, row);
        }
        return out.toString();
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }
}
