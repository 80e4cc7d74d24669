package no.sammen.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.sammen.coursefact.CourseFactRow;
import no.sammen.coursefact.CourseFactService;
import no.sammen.indicator.IndicatorDefinition.Exclusion;
import no.sammen.patient.CourseSection;
import no.sammen.patient.CourseView;

import org.springframework.stereotype.Component;

/**
 * On the course page, an exclusion registered after an indicator's window closed (ADR 0021): it is
 * kept, and the page says on which day it was registered and in which indicators the course still
 * counts because of that. Shows nothing when there is none.
 */
@Component
class ExcludedAfterWindowSection implements CourseSection {

    private final IndicatorService indicators;
    private final CourseFactService facts;

    ExcludedAfterWindowSection(IndicatorService indicators, CourseFactService facts) {
        this.indicators = indicators;
        this.facts = facts;
    }

    /** One exclusion registered late: which, on which day, and the codes of the indicators it does not leave. */
    record Late(Exclusion exclusion, LocalDate registeredOn, String codes) {
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public String template() {
        return "indicator/sections";
    }

    @Override
    public String fragment() {
        return "excludedAfterWindow";
    }

    @Override
    public Map<String, Object> model(CourseView course) {
        List<IndicatorDefinition> late = indicators.excludedAfterWindow(course.id());
        CourseFactRow row = late.isEmpty() ? null : facts.of(course.id()).orElse(null);
        Map<Exclusion, List<String>> codes = new LinkedHashMap<>();
        for (IndicatorDefinition definition : late) {
            for (Exclusion exclusion : definition.exclusions()) {
                if (row != null && row.flag(exclusion.fact())) {
                    codes.computeIfAbsent(exclusion, e -> new ArrayList<>()).add(definition.code());
                }
            }
        }
        List<Late> items = new ArrayList<>();
        codes.forEach((exclusion, list) -> items.add(new Late(exclusion, row.date(exclusion.registeredOn()),
                String.join(", ", list))));
        return Map.of("items", items);
    }
}
