package no.sammen.imr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The IMR course form: the modules are ordered by the place the user gives each chosen one. */
class ImrCourseForm {

    private Long version;
    private ImrFormat format = ImrFormat.INDIVIDUAL;
    private LocalDate startDate;
    private LocalDate endDate;
    private LocalDate nextSessionOn;
    private List<UUID> therapistIds = new ArrayList<>();
    private Map<String, Integer> places = new TreeMap<>();

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public ImrFormat getFormat() {
        return format;
    }

    public void setFormat(ImrFormat format) {
        this.format = format;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalDate getNextSessionOn() {
        return nextSessionOn;
    }

    public void setNextSessionOn(LocalDate nextSessionOn) {
        this.nextSessionOn = nextSessionOn;
    }

    public List<UUID> getTherapistIds() {
        return therapistIds;
    }

    public void setTherapistIds(List<UUID> therapistIds) {
        this.therapistIds = therapistIds;
    }

    public Map<String, Integer> getPlaces() {
        return places;
    }

    public void setPlaces(Map<String, Integer> places) {
        this.places = places;
    }

    /** The chosen modules in the order of their places; a module without a place is not chosen. */
    public List<String> getModuleIds() {
        return places.entrySet().stream().filter(e -> e.getValue() != null)
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** Whether two chosen modules were given the same place, so that their order is not said. */
    boolean samePlaceTwice() {
        return places.values().stream().filter(java.util.Objects::nonNull).distinct().count()
                < places.values().stream().filter(java.util.Objects::nonNull).count();
    }

    ImrCourseRegistration registration() {
        return new ImrCourseRegistration(format, startDate, endDate, nextSessionOn, therapistIds, getModuleIds());
    }

    static ImrCourseForm of(ImrCourseView imr) {
        ImrCourseForm form = new ImrCourseForm();
        form.setVersion(imr.version());
        form.setFormat(imr.format());
        form.setStartDate(imr.startDate());
        form.setEndDate(imr.endDate());
        form.setNextSessionOn(imr.nextSessionOn());
        form.setTherapistIds(new ArrayList<>(imr.therapists().stream().map(TherapistView::userId).toList()));
        for (int i = 0; i < imr.moduleIds().size(); i++) {
            form.places.put(imr.moduleIds().get(i), i + 1);
        }
        return form;
    }

}