package no.sammen.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;

/** The patient's minor children; the ages are typed as a list, e.g. «4, 9». */
class ChildrenForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate askedOn;
    private Integer count;
    private String ages;
    private ChildNeeds needsAddressed;
    private Long version;

    static ChildrenForm of(NetworkMapView map) {
        ChildrenForm form = new ChildrenForm();
        MinorChildren children = map.children();
        form.askedOn = children.askedOn();
        form.count = children.count();
        form.ages = children.ages().stream().map(String::valueOf).collect(Collectors.joining(", "));
        form.needsAddressed = children.needsAddressed();
        form.version = map.version();
        return form;
    }

    MinorChildren children() {
        return new MinorChildren(askedOn, count, parseAges(ages), needsAddressed);
    }

    /** «4, 9», «4 9» or «4;9» → [4, 9]; anything that is not a whole number is a field error. */
    static List<Integer> parseAges(String text) {
        List<Integer> ages = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ages;
        }
        for (String part : text.strip().split("[,;\\s]+")) {
            if (!part.matches("\\d{1,3}")) {
                throw new InvalidInputException(FieldProblem.of("ages", "family.children.ages.format"));
            }
            ages.add(Integer.parseInt(part));
        }
        return ages;
    }

    public LocalDate getAskedOn() {
        return askedOn;
    }

    public void setAskedOn(LocalDate askedOn) {
        this.askedOn = askedOn;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public String getAges() {
        return ages;
    }

    public void setAges(String ages) {
        this.ages = ages;
    }

    public ChildNeeds getNeedsAddressed() {
        return needsAddressed;
    }

    public void setNeedsAddressed(ChildNeeds needsAddressed) {
        this.needsAddressed = needsAddressed;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
