package org.roadshow.ui.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.roadshow.edit.ProgrammeEdits;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.model.Talk;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.ConflictText;
import org.roadshow.plan.Conflicts;
import org.roadshow.ui.document.Document;

/**
 * The Programme tab's state: which trip, programme and person are shown, the filters, and the rows. Rows
 * are rebuilt only when another programme is shown; an edit to the same programme updates rows in
 * place. Filtering swaps one predicate over prepared search text.
 */
public final class ProgrammeViewModel {
    private final Document document;
    private final ObjectProperty<UUID> tripId = new SimpleObjectProperty<>(this, "tripId");
    private final ObjectProperty<UUID> programmeId = new SimpleObjectProperty<>(this, "programmeId");
    private final ObjectProperty<UUID> personId = new SimpleObjectProperty<>(this, "personId");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final ObjectProperty<String> track = new SimpleObjectProperty<>(this, "track");
    private final ObjectProperty<String> room = new SimpleObjectProperty<>(this, "room");
    private final BooleanProperty starredOnly = new SimpleBooleanProperty(this, "starredOnly");

    private final ObservableList<SessionRow> rows =
            FXCollections.observableArrayList(r -> new Observable[] {r.sessionProperty()});
    private final FilteredList<SessionRow> visible = new FilteredList<>(rows);
    private final ObservableList<UUID> trips = FXCollections.observableArrayList();
    private final ObservableList<UUID> programmes = FXCollections.observableArrayList();
    private final ObservableList<UUID> people = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ObservableList<String> tracks = FXCollections.observableArrayList();
    private final ObservableList<String> rooms = FXCollections.observableArrayList();
    private final Map<UUID, SessionRow> rowsById = new HashMap<>();
    private Programme shown;

    public ProgrammeViewModel(Document document) {
        this.document = document;
        document.projectProperty().addListener((o, was, now) -> refresh());
        tripId.addListener((o, was, now) -> refresh());
        programmeId.addListener((o, was, now) -> refresh());
        personId.addListener((o, was, now) -> {
            refreshClashes();
            applyFilter();
        });
        query.addListener(o -> applyFilter());
        day.addListener(o -> applyFilter());
        track.addListener(o -> applyFilter());
        room.addListener(o -> applyFilter());
        starredOnly.addListener(o -> applyFilter());
        refresh();
    }

    /** Whether the open project can be changed (stars, links, imports). */
    public javafx.beans.value.ObservableBooleanValue readOnlyProperty() {
        return document.readOnlyProperty();
    }

    public boolean isReadOnly() {
        return document.isReadOnly();
    }

    private Project project() {
        return document.project();
    }

    public Optional<Trip> trip() {
        return tripId.get() == null ? Optional.empty() : project().trip(tripId.get());
    }

    public Optional<Programme> programme() {
        return trip().flatMap(t -> programmeId.get() == null ? Optional.empty() : t.programme(programmeId.get()));
    }

    /** Re-reads the project: keeps the chosen trip, programme and person where they still exist. */
    private void refresh() {
        Project p = project();
        setIfChanged(trips, p.trips().stream().map(Trip::id).toList());
        if (tripId.get() == null || p.trip(tripId.get()).isEmpty()) {
            tripId.set(p.trips().stream().filter(t -> !t.programmes().isEmpty()).findFirst()
                    .or(() -> p.trips().stream().findFirst()).map(Trip::id).orElse(null));
            return; // the listener on tripId refreshes again
        }
        Trip trip = trip().orElseThrow();
        setIfChanged(programmes, trip.programmes().stream().map(Programme::id).toList());
        if (programmeId.get() == null || trip.programme(programmeId.get()).isEmpty()) {
            UUID first = trip.programmes().isEmpty() ? null : trip.programmes().get(0).id();
            if (!Objects.equals(first, programmeId.get())) {
                programmeId.set(first);
                return;
            }
        }
        List<UUID> team = trip.people().isEmpty() ? p.people().stream().map(x -> x.id()).toList() : trip.people();
        setIfChanged(people, team);
        if (personId.get() == null || !team.contains(personId.get())) {
            personId.set(team.isEmpty() ? null : team.get(0));
        }
        showProgramme(programme().orElse(null));
        refreshClashes();
        applyFilter();
    }

    private void showProgramme(Programme programme) {
        if (programme == shown) {
            return;
        }
        boolean sameSessions = shown != null && programme != null && shown.id().equals(programme.id())
                && shown.sessions().size() == programme.sessions().size()
                && sameIds(shown.sessions(), programme.sessions());
        shown = programme;
        if (sameSessions) {
            for (Session s : programme.sessions()) {
                rowsById.get(s.id()).update(s);
            }
            return;
        }
        rowsById.clear();
        List<SessionRow> next = new ArrayList<>(programme == null ? 0 : programme.sessions().size());
        if (programme != null) {
            for (Session s : programme.sessions()) {
                SessionRow row = new SessionRow(s);
                rowsById.put(s.id(), row);
                next.add(row);
            }
        }
        rows.setAll(next);
        TreeSet<LocalDate> d = new TreeSet<>();
        TreeSet<String> t = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> r = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (SessionRow row : next) {
            d.add(row.day());
            if (!row.session().track().isBlank()) {
                t.add(row.session().track());
            }
            if (!row.session().room().isBlank()) {
                r.add(row.session().room());
            }
        }
        setIfChanged(days, List.copyOf(d));
        setIfChanged(tracks, List.copyOf(t));
        setIfChanged(rooms, List.copyOf(r));
        if (day.get() != null && !d.contains(day.get())) {
            day.set(null);
        }
        if (track.get() != null && !t.contains(track.get())) {
            track.set(null);
        }
        if (room.get() != null && !r.contains(room.get())) {
            room.set(null);
        }
    }

    /** Replacing a combo box's items clears its selection: touch them only when they really change. */
    private static <T> void setIfChanged(ObservableList<T> list, List<T> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }

    private static boolean sameIds(List<Session> a, List<Session> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).id().equals(b.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    /** Marks the sessions that overlap the selected person's own items in the trip, as the conflict check finds them. */
    private void refreshClashes() {
        UUID person = personId.get();
        Optional<Trip> trip = trip();
        Map<UUID, List<Conflict>> clashes = person == null || trip.isEmpty() || shown == null
                ? Map.of() : Conflicts.forProgramme(project(), trip.get(), shown, person);
        for (SessionRow row : rows) {
            row.setClash(clashText(clashes.getOrDefault(row.session().id(), List.of()), row.session()));
        }
    }

    /** "Overlaps booth duty at Xen Project (Sat 4 Feb 09:30–12:00); the talk “…” (…)". */
    private static String clashText(List<Conflict> clashes, Session session) {
        StringJoiner out = new StringJoiner("; ", "Overlaps ", "").setEmptyValue("");
        for (Conflict c : clashes) {
            out.add(ConflictText.describe(c.other(session.id()), session.start().zone()));
        }
        return out.toString();
    }

    private void applyFilter() {
        String[] words = SessionSearch.words(query.get());
        LocalDate d = day.get();
        String t = track.get();
        String r = room.get();
        UUID person = personId.get();
        boolean onlyStarred = starredOnly.get() && person != null;
        Predicate<SessionRow> predicate = row -> {
            Session s = row.session();
            return (d == null || d.equals(row.day()))
                    && (t == null || t.equals(s.track()))
                    && (r == null || r.equals(s.room()))
                    && (!onlyStarred || s.starredBy(person))
                    && SessionSearch.matches(row.haystack(), words);
        };
        visible.setPredicate(predicate);
    }

    /** Stars or unstars the session for the selected person, as one undoable edit. */
    public void toggleStar(Session session) {
        UUID person = personId.get();
        Optional<Programme> programme = programme();
        if (person == null || programme.isEmpty() || document.isReadOnly()) {
            return;
        }
        document.apply(ProgrammeEdits.toggleStar(tripId.get(), programme.get().id(), session.id(), person));
    }

    /** Links a team talk of the trip to the session (null talk: unlink whatever talk links it). */
    public void linkTalk(UUID talkId, Session session) {
        Optional<Trip> trip = trip();
        if (trip.isEmpty() || document.isReadOnly()) {
            return;
        }
        if (talkId == null) {
            linkedTalk(session).ifPresent(t -> document.apply(ProgrammeEdits.linkTalk(tripId.get(), t.id(), null)));
        } else {
            document.apply(ProgrammeEdits.linkTalk(tripId.get(), talkId, session.id()));
        }
    }

    public Optional<Talk> linkedTalk(Session session) {
        return trip().flatMap(t -> t.items(Talk.class).stream().filter(k -> session.id().equals(k.sessionId())).findFirst());
    }

    public List<Talk> talks() {
        return trip().map(t -> t.items(Talk.class)).orElse(List.of());
    }

    public String personName(UUID id) {
        return id == null ? "" : project().personName(id);
    }

    public String tripName(UUID id) {
        return id == null ? "" : project().trip(id).map(Trip::name).orElse("");
    }

    public String programmeName(UUID id) {
        return id == null ? "" : trip().flatMap(t -> t.programme(id)).map(Programme::name).orElse("");
    }

    ObservableList<SessionRow> rows() {
        return rows;
    }

    FilteredList<SessionRow> visible() {
        return visible;
    }

    public ObservableList<UUID> trips() {
        return trips;
    }

    public ObservableList<UUID> programmes() {
        return programmes;
    }

    public ObservableList<UUID> people() {
        return people;
    }

    public ObservableList<LocalDate> days() {
        return days;
    }

    public ObservableList<String> tracks() {
        return tracks;
    }

    public ObservableList<String> rooms() {
        return rooms;
    }

    public ObjectProperty<UUID> tripIdProperty() {
        return tripId;
    }

    public ObjectProperty<UUID> programmeIdProperty() {
        return programmeId;
    }

    public ObjectProperty<UUID> personIdProperty() {
        return personId;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public ObjectProperty<String> trackProperty() {
        return track;
    }

    public ObjectProperty<String> roomProperty() {
        return room;
    }

    public BooleanProperty starredOnlyProperty() {
        return starredOnly;
    }

    public Document document() {
        return document;
    }
}
