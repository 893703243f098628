package org.roadshow.ui.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.roadshow.model.Item;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.Conflict;

/**
 * A trip left to right: a lane per person and per booth, drawn on a canvas by {@link TripTimelineSkin} (only
 * what is visible). It knows nothing of the document: the view gives it the trip, the selected item ids and
 * callbacks for a click ({@link #setOnChoose}) and for Enter or a double click ({@link #setOnOpen}). Colours
 * come from its stylesheet, timeline.css, whose values follow the window's light or dark theme.
 */
public final class TripTimeline extends Control {
    /** An item the user picked; {@code adding} when Ctrl (Cmd) was held, to add it to the selection. */
    public record Pick(Item item, boolean adding) {
    }

    private static final StyleablePropertyFactory<TripTimeline> CSS = new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final ReadOnlyObjectWrapper<TimelineLanes> lanes = new ReadOnlyObjectWrapper<>(this, "lanes", TimelineLanes.EMPTY);
    private final IntegerProperty zoomLevel = new SimpleIntegerProperty(this, "zoomLevel", TimeScale.DEFAULT_LEVEL) {
        @Override
        public void set(int level) {
            super.set(TimeScale.clamp(level));
        }
    };
    private final ObjectProperty<Instant> viewStart = new SimpleObjectProperty<>(this, "viewStart", Instant.EPOCH);
    private final ObjectProperty<ZoneId> displayZone = new SimpleObjectProperty<>(this, "displayZone");
    private final ObjectProperty<Clock> clock = new SimpleObjectProperty<>(this, "clock", Clock.systemUTC());
    private final ObservableSet<UUID> selectedIds = FXCollections.observableSet();
    private final ObjectProperty<Consumer<Pick>> onChoose = new SimpleObjectProperty<>(this, "onChoose", p -> { });
    private final ObjectProperty<Consumer<Item>> onOpen = new SimpleObjectProperty<>(this, "onOpen", i -> { });

    final StyleableObjectProperty<Paint> laneFill = colour("laneFill", "-tl-lane-fill", s -> s.laneFill, "#ffffff");
    final StyleableObjectProperty<Paint> laneAltFill = colour("laneAltFill", "-tl-lane-alt-fill", s -> s.laneAltFill, "#f6f7f9");
    final StyleableObjectProperty<Paint> gridLine = colour("gridLine", "-tl-grid-line", s -> s.gridLine, "#e4e6ea");
    final StyleableObjectProperty<Paint> dayLine = colour("dayLine", "-tl-day-line", s -> s.dayLine, "#b9bec7");
    final StyleableObjectProperty<Paint> headerFill = colour("headerFill", "-tl-header-fill", s -> s.headerFill, "#eceef1");
    final StyleableObjectProperty<Paint> text = colour("text", "-tl-text", s -> s.text, "#1d2125");
    final StyleableObjectProperty<Paint> mutedText = colour("mutedText", "-tl-muted-text", s -> s.mutedText, "#69707a");
    final StyleableObjectProperty<Paint> barText = colour("barText", "-tl-bar-text", s -> s.barText, "#ffffff");
    final StyleableObjectProperty<Paint> talkFill = colour("talkFill", "-tl-talk", s -> s.talkFill, "#3466c9");
    final StyleableObjectProperty<Paint> shiftFill = colour("shiftFill", "-tl-shift", s -> s.shiftFill, "#2f8f6b");
    final StyleableObjectProperty<Paint> demoFill = colour("demoFill", "-tl-demo", s -> s.demoFill, "#8a56c2");
    final StyleableObjectProperty<Paint> travelFill = colour("travelFill", "-tl-travel", s -> s.travelFill, "#5b6472");
    final StyleableObjectProperty<Paint> meetingFill = colour("meetingFill", "-tl-meeting", s -> s.meetingFill, "#c2760c");
    final StyleableObjectProperty<Paint> conflict = colour("conflict", "-tl-conflict", s -> s.conflict, "#d62828");
    final StyleableObjectProperty<Paint> warning = colour("warning", "-tl-warning", s -> s.warning, "#e39b00");
    final StyleableObjectProperty<Paint> selection = colour("selection", "-tl-selection", s -> s.selection, "#111111");
    final StyleableObjectProperty<Paint> nowLine = colour("nowLine", "-tl-now-line", s -> s.nowLine, "#e0245e");
    final StyleableObjectProperty<Paint> understaffed = colour("understaffed", "-tl-understaffed", s -> s.understaffed, "#f4c7c7");
    final StyleableObjectProperty<Paint> staffed = colour("staffed", "-tl-staffed", s -> s.staffed, "#d5eee2");
    final StyleableObjectProperty<Paint> jump = colour("jump", "-tl-jump", s -> s.jump, "#1d2125");

    public TripTimeline() {
        getStyleClass().add("trip-timeline");
        setFocusTraversable(true);
    }

    private StyleableObjectProperty<Paint> colour(String name, String css,
                                                  java.util.function.Function<TripTimeline, javafx.css.StyleableProperty<Paint>> get,
                                                  String initial) {
        return (StyleableObjectProperty<Paint>) CSS.createStyleablePaintProperty(this, name, css, get, Color.web(initial));
    }

    /** Shows the trip (null: nothing) without the hidden people, marking the conflicts given. */
    public void setTrip(Project project, Trip trip, Set<UUID> hiddenPeople, List<Conflict> conflicts) {
        TimelineLanes before = lanes.get();
        TimelineLanes next = TimelineLanes.of(project, trip, hiddenPeople, conflicts);
        lanes.set(next);
        boolean otherTrip = before.trip() == null || trip == null || !before.trip().id().equals(trip.id());
        if (otherTrip) {
            showFrom(next.from());
        }
    }

    /** Scrolls so that {@code at} is at the left edge. */
    public void showFrom(Instant at) {
        viewStart.set(Objects.requireNonNull(at));
    }

    public void zoomIn() {
        zoomLevel.set(zoomLevel.get() - 1);
    }

    public void zoomOut() {
        zoomLevel.set(zoomLevel.get() + 1);
    }

    /** The length of time the timeline's width shows at the current zoom. */
    public Duration visibleSpan() {
        return Duration.ofSeconds(Math.round(getWidth() * TimeScale.secondsPerPixel(zoomLevel.get())));
    }

    ReadOnlyObjectProperty<TimelineLanes> lanesProperty() {
        return lanes.getReadOnlyProperty();
    }

    TimelineLanes lanes() {
        return lanes.get();
    }

    public IntegerProperty zoomLevelProperty() {
        return zoomLevel;
    }

    public ObjectProperty<Instant> viewStartProperty() {
        return viewStart;
    }

    /** The zone the axis and the times are shown in; null: each lane's own (where the person is, the booth's). */
    public ObjectProperty<ZoneId> displayZoneProperty() {
        return displayZone;
    }

    /** The clock the now-line follows. */
    public ObjectProperty<Clock> clockProperty() {
        return clock;
    }

    /** The ids of the items drawn as selected. */
    public ObservableSet<UUID> selectedIds() {
        return selectedIds;
    }

    public void setOnChoose(Consumer<Pick> action) {
        onChoose.set(action == null ? p -> { } : action);
    }

    Consumer<Pick> onChoose() {
        return onChoose.get();
    }

    public void setOnOpen(Consumer<Item> action) {
        onOpen.set(action == null ? i -> { } : action);
    }

    Consumer<Item> onOpen() {
        return onOpen.get();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TripTimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TripTimeline.class.getResource("timeline.css")).toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }
}
