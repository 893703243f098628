package org.roadshow.ui.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.form.ZonePicker;

/**
 * The two rows above the calendar: navigation (today, previous, next, go to a trip, the span) and what is
 * shown (whose plans, which kinds, on which clock). The kind buttons double as the colour key.
 */
final class CalendarToolbar extends VBox {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** Stands for "everyone" in the person box, which cannot hold null. */
    static final UUID EVERYONE = new UUID(0, 0);
    private static final DisplayClock OTHER = new DisplayClock("Another zone…", ZoneId.of("UTC"));

    final Button today = new Button("Today");
    final Button previous = new Button("‹");
    final Button next = new Button("›");
    final MenuButton goToTrip = new MenuButton("Go to trip");
    final Label heading = new Label();
    final ComboBox<UUID> person = new ComboBox<>();
    final Map<EntryKind, ToggleButton> kinds = new EnumMap<>(EntryKind.class);
    final ComboBox<DisplayClock> clock = new ComboBox<>();
    final ZonePicker otherZone = new ZonePicker();
    private final ToggleGroup spans = new ToggleGroup();
    private final ObjectProperty<CalendarSpan> span = new SimpleObjectProperty<>(CalendarSpan.WEEK);
    private Project project = Project.empty();

    CalendarToolbar() {
        getStyleClass().add("calendar-toolbar");
        setSpacing(6);
        setPadding(new Insets(8, 10, 8, 10));
        today.setId("calendar-today");
        previous.setId("calendar-previous");
        next.setId("calendar-next");
        goToTrip.setId("calendar-go-to-trip");
        heading.setId("calendar-heading");
        heading.getStyleClass().add("calendar-heading");
        previous.setTooltip(new Tooltip("Previous"));
        next.setTooltip(new Tooltip("Next"));
        HBox spanButtons = new HBox();
        spanButtons.getStyleClass().add("segmented");
        for (CalendarSpan s : CalendarSpan.values()) {
            ToggleButton b = new ToggleButton(s.label());
            b.setId("calendar-span-" + s.name().toLowerCase(Locale.ROOT));
            b.setUserData(s);
            b.setToggleGroup(spans);
            b.setSelected(s == span.get());
            spanButtons.getChildren().add(b);
        }
        spans.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one span is always chosen
            } else {
                span.set((CalendarSpan) now.getUserData());
            }
        });
        span.addListener((o, was, now) -> spans.getToggles().stream().filter(t -> t.getUserData() == now)
                .findFirst().ifPresent(t -> t.setSelected(true)));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox navigation = row(today, previous, next, heading, gap, new Label("Clock"), clock, otherZone, goToTrip,
                spanButtons);
        for (javafx.scene.control.Control c : List.of(today, previous, next, goToTrip)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        spanButtons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        heading.setMinWidth(60);

        person.setId("calendar-person");
        person.setMinWidth(150);
        clock.setPrefWidth(170);
        clock.setMinWidth(120);
        person.setConverter(converter(id -> id.equals(EVERYONE) ? "Everyone" : project.personName(id)));
        HBox kindButtons = new HBox(4);
        for (EntryKind kind : EntryKind.values()) {
            ToggleButton b = new ToggleButton(kind.plural());
            b.setId("calendar-kind-" + kind.name().toLowerCase(Locale.ROOT));
            b.getStyleClass().addAll("kind-filter", kind.style() + "-filter");
            Region swatch = new Region();
            swatch.getStyleClass().addAll("kind-swatch", kind.style() + "-swatch");
            b.setGraphic(swatch);
            b.setSelected(true);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setTooltip(new Tooltip("Show or hide " + kind.plural().toLowerCase(Locale.ROOT)));
            kinds.put(kind, b);
            kindButtons.getChildren().add(b);
        }
        clock.setId("calendar-clock");
        clock.setTooltip(new Tooltip("The clock the calendar shows: each item's local time where it happens, "
                + "a person's home zone, or any zone"));
        otherZone.setId("calendar-other-zone");
        otherZone.setMaxWidth(220);
        otherZone.visibleProperty().bind(Bindings.createBooleanBinding(() -> isOther(clock.getValue()),
                clock.valueProperty()));
        otherZone.managedProperty().bind(otherZone.visibleProperty());
        HBox filters = row(new Label("Plans of"), person, kindButtons);
        getChildren().addAll(navigation, filters);
    }

    ObjectProperty<CalendarSpan> spanProperty() {
        return span;
    }

    /** Whether the clock box asks for a zone picked from the list beside it. */
    static boolean isOther(DisplayClock c) {
        return c != null && c.label().equals(OTHER.label());
    }

    /** The heading for the span shown at {@code date}: "Week of 4 Feb – 10 Feb 2017". */
    void showHeading(CalendarSpan s, LocalDate date, WeekFields weeks) {
        heading.setText(switch (s) {
            case DAY -> DAY.format(date);
            case WEEK -> {
                LocalDate first = date.with(weeks.dayOfWeek(), 1);
                yield SHORT.format(first) + " – " + SHORT.format(first.plusDays(6)) + " " + first.plusDays(6).getYear();
            }
            case MONTH -> MONTH.format(date);
            case AGENDA -> SHORT.format(date) + " – " + SHORT.format(date.plusDays(CalendarSpan.AGENDA_DAYS - 1))
                    + " " + date.plusDays(CalendarSpan.AGENDA_DAYS - 1).getYear();
        });
    }

    /** Fills the person, trip and clock choices from the project, keeping what is chosen where it still exists. */
    void showProject(Project p, java.util.function.Consumer<Trip> goTo) {
        project = p;
        List<UUID> people = new ArrayList<>();
        people.add(EVERYONE);
        p.people().forEach(x -> people.add(x.id()));
        UUID chosen = person.getValue();
        if (!people.equals(person.getItems())) {
            person.getItems().setAll(people);
        }
        person.setValue(chosen != null && people.contains(chosen) ? chosen : EVERYONE);

        goToTrip.getItems().clear();
        for (Trip trip : p.trips()) {
            MenuItem item = new MenuItem(trip.name().isBlank() ? "(unnamed trip)" : trip.name());
            trip.firstDay().ifPresentOrElse(day -> item.setOnAction(e -> goTo.accept(trip)), () -> item.setDisable(true));
            goToTrip.getItems().add(item);
        }
        goToTrip.setDisable(p.trips().isEmpty());

        List<DisplayClock> clocks = new ArrayList<>();
        clocks.add(DisplayClock.LOCAL);
        for (Person x : p.people()) {
            if (x.homeZone() != null) {
                String first = x.name().isBlank() ? "someone" : x.name().split(" ")[0];
                clocks.add(new DisplayClock(first + "’s home · " + city(x.homeZone()), x.homeZone()));
            }
        }
        clocks.add(new DisplayClock("UTC", ZoneId.of("UTC")));
        clocks.add(OTHER);
        DisplayClock was = clock.getValue();
        if (!clocks.equals(clock.getItems())) {
            clock.getItems().setAll(clocks);
        }
        clock.setValue(was == null ? DisplayClock.LOCAL : clocks.stream()
                .filter(c -> c.label().equals(was.label())).findFirst().orElse(DisplayClock.LOCAL));
    }

    static String city(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
