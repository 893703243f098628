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
import org.roadshow.plan.Commitment;
import org.roadshow.plan.Conflict;
import org.roadshow.plan.ConflictText;
import org.roadshow.plan.Conflicts;
import org.roadshow.plan.StarredOverlaps;
import org.roadshow.ui.document.Document;

/**
 * The Programme tab's state: which trip, programme (or all the trip's programmes together) and person are
 * shown, the filters, and the rows. Rows are rebuilt only when other programmes are shown; an edit to the same
 * programmes updates rows in place. Filtering swaps one predicate over prepared search text.
 */
public final class ProgrammeViewModel {
    /** Stands for "All programmes" in the programme picker of a trip with several. */
    public static final UUID ALL_PROGRAMMES = new UUID(0, 0);

    /** A track of the programmes shown: how many sessions it has and how many the selected person starred. */
    public record TrackCount(String track, int sessions, int starred) {
    }

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
    private final ObservableList<TrackCount> trackCounts = FXCollections.observableArrayList();
    private final Map<UUID, SessionRow> rowsById = new HashMap<>();
    private List<Programme> shown = List.of();
    private final javafx.beans.property.ReadOnlyObjectWrapper<String[]> words =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "searchWords", new String[0]);

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

    /** The one programme chosen; empty when none, or when all of a trip's programmes are shown together. */
    public Optional<Programme> programme() {
        return trip().flatMap(t -> programmeId.get() == null ? Optional.empty() : t.programme(programmeId.get()));
    }

    /** The programmes whose sessions the table shows: the one chosen, or all the trip's. */
    public List<Programme> shownProgrammes() {
        return shown;
    }

    /** Whether all of a trip's several programmes are shown together. */
    public boolean isShowingAll() {
        return ALL_PROGRAMMES.equals(programmeId.get());
    }

    /** Re-reads the project: keeps the chosen trip, programme and person where they still exist. */
    private void refresh() {
        Project p = project();
        setIfChanged(trips, p.trips().stream().map(Trip::id).toList());
        if (tripId.get() == null || p.trip(tripId.get()).isEmpty()) {
            UUID first = p.trips().stream().filter(t -> !t.programmes().isEmpty()).findFirst()
                    .or(() -> p.trips().stream().findFirst()).map(Trip::id).orElse(null);
            if (!Objects.equals(first, tripId.get())) {
                tripId.set(first);
                return; // the listener on tripId refreshes again
            }
        }
        Trip trip = trip().orElse(null);
        List<Programme> all = trip == null ? List.of() : trip.programmes();
        List<UUID> choices = new ArrayList<>();
        if (all.size() > 1) {
            choices.add(ALL_PROGRAMMES);
        }
        all.forEach(x -> choices.add(x.id()));
        setIfChanged(programmes, choices);
        if (!choices.contains(programmeId.get())) {
            UUID first = choices.isEmpty() ? null : choices.get(0);
            if (!Objects.equals(first, programmeId.get())) {
                programmeId.set(first);
                return;
            }
        }
        List<UUID> team = trip == null ? List.of()
                : trip.people().isEmpty() ? p.people().stream().map(x -> x.id()).toList() : trip.people();
        setIfChanged(people, team);
        if (personId.get() == null || !team.contains(personId.get())) {
            personId.set(team.isEmpty() ? null : team.get(0));
        }
        showProgrammes(isShowingAll() ? all : programme().map(List::of).orElse(List.of()));
        refreshClashes();
        applyFilter();
    }

    private void showProgrammes(List<Programme> next) {
        if (sameObjects(next, shown)) {
            return;
        }
        boolean sameSessions = next.size() == shown.size();
        for (int i = 0; sameSessions && i < next.size(); i++) {
            Programme a = shown.get(i);
            Programme b = next.get(i);
            sameSessions = a.id().equals(b.id()) && a.sessions().size() == b.sessions().size()
                    && sameIds(a.sessions(), b.sessions());
        }
        shown = List.copyOf(next);
        if (sameSessions) {
            for (Programme programme : next) {
                for (Session s : programme.sessions()) {
                    rowsById.get(s.id()).update(s);
                }
            }
            return;
        }
        rowsById.clear();
        List<SessionRow> fresh = new ArrayList<>();
        for (Programme programme : next) {
            for (Session s : programme.sessions()) {
                SessionRow row = new SessionRow(s, programme.id());
                rowsById.put(s.id(), row);
                fresh.add(row);
            }
        }
        rows.setAll(fresh);
        fillPickers(fresh);
    }

    private static boolean sameObjects(List<Programme> a, List<Programme> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The days, tracks and rooms of the sessions shown; a filter on one no longer there is dropped. */
    private void fillPickers(List<SessionRow> next) {
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

    /**
     * Marks the sessions that overlap the selected person's own items in the trip, as the conflict check finds
     * them, and the starred sessions at the same time as another the person starred (in any of the trip's
     * programmes); counts each track's sessions and stars.
     */
    private void refreshClashes() {
        UUID person = personId.get();
        Optional<Trip> trip = trip();
        Map<UUID, List<Conflict>> clashes = new HashMap<>();
        Map<UUID, List<Commitment>> together = Map.of();
        if (person != null && trip.isPresent()) {
            for (Programme programme : shown) {
                clashes.putAll(Conflicts.forProgramme(project(), trip.get(), programme, person));
            }
            together = StarredOverlaps.of(trip.get(), person);
        }
        for (SessionRow row : rows) {
            row.setClash(clashText(clashes.getOrDefault(row.session().id(), List.of()), row.session()));
            row.setSameTime(sameTimeText(together.getOrDefault(row.session().id(), List.of()), row.session()));
        }
        countTracks(person);
    }

    /** "Starred at the same time: “…” (Sat 6 Feb 10:00–10:30)". */
    private static String sameTimeText(List<Commitment> others, Session session) {
        StringJoiner out = new StringJoiner("; ", "Starred at the same time: ", "").setEmptyValue("");
        for (Commitment c : others) {
            out.add(ConflictText.describe(c, session.start().zone()));
        }
        return out.toString();
    }

    private void countTracks(UUID person) {
        Map<String, int[]> counts = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (SessionRow row : rows) {
            Session s = row.session();
            if (!s.track().isBlank()) {
                int[] c = counts.computeIfAbsent(s.track(), t -> new int[2]);
                c[0]++;
                if (person != null && s.starredBy(person)) {
                    c[1]++;
                }
            }
        }
        List<TrackCount> next = new ArrayList<>(counts.size());
        counts.forEach((t, c) -> next.add(new TrackCount(t, c[0], c[1])));
        setIfChanged(trackCounts, next);
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
        if (!java.util.Arrays.equals(words, this.words.get())) {
            this.words.set(words);
        }
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

    /** Stars or unstars the session for the selected person, as one undoable edit in the session's programme. */
    public void toggleStar(Session session) {
        UUID person = personId.get();
        SessionRow row = rowsById.get(session.id());
        if (person == null || row == null || document.isReadOnly()) {
            return;
        }
        document.apply(ProgrammeEdits.toggleStar(tripId.get(), row.programmeId(), session.id(), person));
    }

    /** Shows the trip and programme (after an import): the filters that would hide its sessions are cleared. */
    public void show(UUID trip, UUID programme) {
        tripId.set(trip);
        if (programmes.contains(programme)) {
            programmeId.set(programme);
        }
        clearFilters();
    }

    /** Back to every session: no search, no day, track or room, not only starred. */
    public void clearFilters() {
        query.set("");
        day.set(null);
        track.set(null);
        room.set(null);
        starredOnly.set(false);
    }

    /** The words of the search as typed, lower-cased: what the table and details mark. */
    javafx.beans.property.ReadOnlyObjectProperty<String[]> searchWordsProperty() {
        return words.getReadOnlyProperty();
    }

    /** The name of the programme the session is in, when several are shown together; else empty. */
    String programmeNameOf(SessionRow row) {
        if (shown.size() < 2) {
            return "";
        }
        for (Programme p : shown) {
            if (p.id().equals(row.programmeId())) {
                return p.name();
            }
        }
        return "";
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
        if (ALL_PROGRAMMES.equals(id)) {
            return "All programmes";
        }
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

    /** Each track of the programmes shown with its session and star counts, by name. */
    public ObservableList<TrackCount> trackCounts() {
        return trackCounts;
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
