package no.sammen.implementation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.sammen.shared.FieldProblem;
import no.sammen.shared.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a training event: who signed up and who attended as two groups of checkboxes over the same
 * staff, and a row per kind of workplace for those from elsewhere.
 */
public class EventForm {

    private long version = -1;
    private TrainingKind kind;
    private TrainingTopic topic;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    private String place;
    private String organiser;
    private List<UUID> signedUp = new ArrayList<>();
    private List<UUID> attended = new ArrayList<>();
    private List<ExternalRow> externals = new ArrayList<>();

    public static class ExternalRow {
        private Workplace workplace;
        private Integer signedUp;
        private Integer attended;

        public Workplace getWorkplace() {
            return workplace;
        }

        public void setWorkplace(Workplace workplace) {
            this.workplace = workplace;
        }

        public Integer getSignedUp() {
            return signedUp;
        }

        public void setSignedUp(Integer signedUp) {
            this.signedUp = signedUp;
        }

        public Integer getAttended() {
            return attended;
        }

        public void setAttended(Integer attended) {
            this.attended = attended;
        }
    }

    EventForm() {
        for (Workplace w : Workplace.values()) {
            ExternalRow row = new ExternalRow();
            row.workplace = w;
            externals.add(row);
        }
    }

    static EventForm empty() {
        return new EventForm();
    }

    static EventForm of(EventView e) {
        EventForm form = new EventForm();
        form.version = e.version();
        form.kind = e.kind();
        form.topic = e.topic();
        form.title = e.title();
        form.heldOn = e.heldOn();
        form.place = e.place();
        form.organiser = e.organiser();
        e.participants().forEach(p -> {
            if (p.signedUp()) {
                form.signedUp.add(p.staffId());
            }
            if (p.attended()) {
                form.attended.add(p.staffId());
            }
        });
        e.externals().forEach(x -> form.externals.stream().filter(r -> r.workplace == x.workplace()).forEach(r -> {
            r.signedUp = x.signedUp();
            r.attended = x.attended();
        }));
        return form;
    }

    /** The participants in the order of the staff ticked. */
    List<TrainingEvent.Participant> participants() {
        Set<UUID> all = new LinkedHashSet<>(signedUp);
        all.addAll(attended);
        return all.stream().map(id -> new TrainingEvent.Participant(id, signedUp.contains(id), attended.contains(id)))
                .toList();
    }

    EventDetails details() {
        return new EventDetails(kind, topic, title, heldOn, place, organiser, participants(), externals.stream()
                .map(r -> new TrainingEvent.External(r.workplace, r.signedUp == null ? 0 : r.signedUp,
                        r.attended == null ? 0 : r.attended)).toList());
    }

    /**
     * The service names a participant by their place in the list; on the form they are the checkbox of a
     * staff member in the group "signed up" or "attended", so the problem goes there, with the name.
     */
    InvalidInputException onForm(InvalidInputException e, Map<UUID, String> names) {
        List<TrainingEvent.Participant> participants = participants();
        return new InvalidInputException(e.problems().stream().map(p -> {
            if (!p.field().startsWith("participants[")) {
                return p;
            }
            int index = Integer.parseInt(p.field().substring(13, p.field().indexOf(']')));
            UUID staff = participants.get(index).staffId();
            String field = p.field().endsWith(".attended") ? "attended" : "signedUp";
            return FieldProblem.of(field, p.messageKey() + ".named", names.getOrDefault(staff, "?"));
        }).toList());
    }

    static List<Workplace> workplaces() {
        return Arrays.asList(Workplace.values());
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public TrainingKind getKind() {
        return kind;
    }

    public void setKind(TrainingKind kind) {
        this.kind = kind;
    }

    public TrainingTopic getTopic() {
        return topic;
    }

    public void setTopic(TrainingTopic topic) {
        this.topic = topic;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public List<UUID> getSignedUp() {
        return signedUp;
    }

    public void setSignedUp(List<UUID> signedUp) {
        this.signedUp = signedUp;
    }

    public List<UUID> getAttended() {
        return attended;
    }

    public void setAttended(List<UUID> attended) {
        this.attended = attended;
    }

    public List<ExternalRow> getExternals() {
        return externals;
    }

    public void setExternals(List<ExternalRow> externals) {
        this.externals = externals;
    }
}
