package org.roadshow.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.view.AgendaView;
import com.calendarfx.view.CalendarView;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayView;
import com.calendarfx.view.WeekDayView;
import com.calendarfx.view.page.DayPage;
import com.calendarfx.view.page.PageBase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.roadshow.edit.ItemFactory;
import org.roadshow.model.Conference;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.Selection;

/**
 * The Calendar tab: every trip's talks, booth duty, demos, travel, meetings and starred programme sessions
 * by day, week, month or as an agenda, drawn with CalendarFX. The project stays the only data: the entries
 * are rebuilt from {@link Document#projectProperty()} (only those that changed), and dragging, resizing or
 * drawing an entry becomes one {@code Edit} through the Document ({@link CalendarEdits}). Selection is
 * shared with the sidebar both ways ({@link CalendarSelection}).
 */
public final class CalendarPane extends BorderPane {
    private final Document document;
    private final CalendarToolbar toolbar = new CalendarToolbar();
    private final EntrySync sync = new EntrySync();
    private final DraftEntry draft;
    private final CalendarView calendar = new CalendarView(CalendarView.Page.DAY, CalendarView.Page.WEEK,
            CalendarView.Page.MONTH);
    private final AgendaView agenda = new AgendaView();
    private final StackPane center = new StackPane();
    private final Label status = new Label();
    private final ObjectProperty<CalendarFilter> filter = new SimpleObjectProperty<>(this, "filter",
            CalendarFilter.everything());
    private final ReadOnlyObjectWrapper<DisplayClock> clock = new ReadOnlyObjectWrapper<>(this, "clock",
            DisplayClock.LOCAL);
    private final CalendarSelection selectionSync;
    private List<EntrySpec> shown = List.of();
    /** The project the entries were last made from. */
    private Project drawn;
    private boolean folded;
    /** Times of day and first day of the week as the user's locale has them. */
    private static final DateTimeFormatter HOURS = ClockFormat.hours(Locale.getDefault());
    private static final WeekFields LOCALE_WEEKS = WeekFields.of(Locale.getDefault());

    public CalendarPane(Document document, Selection selection, ItemFactory items) {
        this.document = document;
        getStyleClass().add("calendar-pane");
        getStylesheets().add(Objects.requireNonNull(CalendarPane.class.getResource("calendar.css")).toExternalForm());
        CalendarEdits edits = new CalendarEdits(document, selection, items, sync, clock);
        draft = new DraftEntry(edits::create);

        // bind first: binding copies the agenda's (default) calendar sources into the calendar
        agenda.bind(calendar, true);
        calendar.getCalendarSources().setAll(sync.source());
        sync.source().getCalendars().add(draft.calendar());
        calendar.setShowToolBar(false);
        calendar.setShowSourceTray(false);
        calendar.setShowSearchResultsTray(false);
        calendar.setShowDeveloperConsole(false);
        calendar.setTraysAnimated(false);
        calendar.getDayPage().setDayPageLayout(DayPage.DayPageLayout.DAY_ONLY);
        for (PageBase page : List.of(calendar.getDayPage(), calendar.getWeekPage(), calendar.getMonthPage())) {
            page.setShowNavigation(false); // the toolbar above navigates and names the span
            page.setShowDate(false);
        }
        calendar.setWeekFields(LOCALE_WEEKS);
        calendar.getDayPage().getDetailedDayView().getTimeScaleView().setTimeFormatter(HOURS);
        calendar.getWeekPage().getDetailedWeekView().getTimeScaleView().setTimeFormatter(HOURS);
        calendar.setEntryContextMenuCallback(null);
        calendar.setContextMenuCallback(null);
        calendar.setShowDetailsUponEntryCreation(false);
        calendar.setEntryFactory(p -> draft.start(p.getZonedDateTime(), clock.get().frame()));
        calendar.setDefaultCalendarProvider(c -> draft.calendar());
        calendar.setEntryEditPolicy(p -> p.getEditOperation() != DateControl.EditOperation.DELETE
                && !document.isReadOnly() && p.getEntry().getCalendar() != null
                && !p.getEntry().getCalendar().isReadOnly());
        calendar.setEntryDetailsCallback(p -> {
            if (p.getEntry().getUserObject() instanceof EntrySpec spec && spec.summary()) {
                showSpan(CalendarSpan.DAY); // where its sessions are drawn one by one
                showDate(spec.start().toLocalDate());
            } else {
                edits.open(p.getEntry());
            }
            return true;
        });
        calendar.getWeekPage().getDetailedWeekView().getWeekView().setWeekDayViewFactory(p -> {
            WeekDayView day = new WeekDayView() {
                @Override
                protected Skin<?> createDefaultSkin() {
                    return new LayeredEntries.WeekDaySkin(this);
                }
            };
            day.setEntryViewFactory(TimedEntryView::new);
            return day;
        });
        DayView dayView = calendar.getDayPage().getDetailedDayView().getDayView();
        dayView.setEntryViewFactory(TimedEntryView::new);
        dayView.setSkin(new LayeredEntries.DaySkin(dayView));
        agenda.setLookBackPeriodInDays(0);
        agenda.setLookAheadPeriodInDays(CalendarSpan.AGENDA_DAYS - 1);
        agenda.setShowStatusLabel(false);
        agenda.setId("calendar-agenda");
        calendar.setId("calendar-view");

        for (EntryKind kind : EntryKind.values()) {
            sync.calendar(kind).addEventHandler(edits::onCalendarEvent);
        }
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> askWhatToCreate(e));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> askWhatToCreate(e));

        selectionSync = new CalendarSelection(selection, calendar, sync, this::showDate,
                day -> span().shows(calendar.getDate(), day, calendar.getWeekFields()));
        wireToolbar();
        center.getChildren().setAll(calendar);
        status.setId("calendar-status");
        status.getStyleClass().add("calendar-status");
        status.setMaxWidth(Double.MAX_VALUE);
        setTop(toolbar);
        setCenter(center);
        setBottom(status);
        calendar.getSelections().addListener((javafx.collections.SetChangeListener<Entry<?>>) c -> showStatus());

        document.projectProperty().addListener((o, was, now) -> refresh());
        document.readOnlyProperty().addListener((o, was, now) -> refresh());
        filter.addListener((o, was, now) -> {
            edits.showingPerson(now.person());
            refresh();
        });
        clock.addListener(o -> refresh());
        refresh();
        showSpan(CalendarSpan.WEEK);
        startTrip(document.project()).ifPresent(this::showTrip);
        // another project opened (not the same one saved under another name): open on its trip, as on opening
        document.fileProperty().addListener((o, was, now) -> {
            if (document.project() != drawn) {
                startTrip(document.project()).ifPresent(this::showTrip);
            }
        });
    }

    private void wireToolbar() {
        toolbar.today.setOnAction(e -> {
            calendar.setWeekFields(LOCALE_WEEKS);
            showDate(LocalDate.now());
        });
        toolbar.previous.setOnAction(e -> showDate(toolbar.spanProperty().get().step(calendar.getDate(), -1)));
        toolbar.next.setOnAction(e -> showDate(toolbar.spanProperty().get().step(calendar.getDate(), 1)));
        toolbar.spanProperty().addListener((o, was, now) -> showSpan(now));
        calendar.dateProperty().addListener(o -> showHeading());
        calendar.weekFieldsProperty().addListener(o -> showHeading());
        toolbar.person.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                filter.set(filter.get().withPerson(now.equals(CalendarToolbar.EVERYONE) ? null : now));
            }
        });
        toolbar.kinds.forEach((kind, button) -> button.selectedProperty().addListener(
                (o, was, now) -> filter.set(filter.get().withKind(kind, now))));
        toolbar.clock.valueProperty().addListener(o -> chooseClock());
        toolbar.otherZone.valueProperty().addListener(o -> chooseClock());
    }

    private void chooseClock() {
        DisplayClock chosen = toolbar.clock.getValue();
        if (chosen == null) {
            return;
        }
        if (CalendarToolbar.isOther(chosen)) {
            chosen = toolbar.otherZone.getValue() == null ? null : DisplayClock.of(toolbar.otherZone.getValue());
        }
        if (chosen != null) {
            clock.set(chosen);
        }
    }

    /** Rebuilds the entries from the project, the filter and the clock; only the entries that differ change. */
    private void refresh() {
        Project project = document.project();
        drawn = project;
        toolbar.showProject(project, this::showTrip);
        DisplayClock c = clock.get();
        calendar.setZoneId(c.frame());
        sync.frame(c.frame());
        folded = folds(span());
        shown = CalendarContent.entries(project, filter.get(), c, folded ? HOURS : null);
        sync.show(shown, document.isReadOnly());
        selectionSync.pull();
        showStatus();
    }

    /** Under the calendar: the conflicts of the selected entry, else how many shown entries have one. */
    private void showStatus() {
        Optional<EntrySpec> selected = calendar.getSelections().stream().map(Entry::getUserObject)
                .filter(EntrySpec.class::isInstance).map(EntrySpec.class::cast)
                .filter(s -> !s.conflicts().isEmpty()).findFirst();
        Optional<EntrySpec> summary = calendar.getSelections().stream().map(Entry::getUserObject)
                .filter(EntrySpec.class::isInstance).map(EntrySpec.class::cast).filter(EntrySpec::summary).findFirst();
        if (summary.isPresent()) {
            EntrySpec s = summary.get();
            status.setText(s.title() + " (" + s.location() + "): double-click to see them one by one in the day view."
                    + (s.conflicts().isEmpty() ? "" : "  ⚠ " + String.join("  ", s.conflicts())));
        } else if (selected.isPresent()) {
            status.setText("⚠ " + String.join("  ", selected.get().conflicts()));
        } else {
            long marked = shown.stream().filter(s -> s.conflict() != null).count();
            status.setText(marked == 0 ? "" : "⚠ " + marked + (marked == 1 ? " entry has" : " entries have")
                    + " a conflict: select one to read it.");
        }
        status.setVisible(!status.getText().isEmpty());
        status.setManaged(status.isVisible());
    }

    private void askWhatToCreate(MouseEvent e) {
        if (draft.pending()) {
            draft.ask(this, e.getScreenX(), e.getScreenY());
        }
    }

    /** Shows the span (day, week, month, agenda) around the date shown now. */
    public void showSpan(CalendarSpan span) {
        toolbar.spanProperty().set(span);
        switch (span) {
            case DAY -> calendar.showDayPage();
            case WEEK -> calendar.showWeekPage();
            case MONTH -> calendar.showMonthPage();
            case AGENDA -> { }
        }
        center.getChildren().setAll(span == CalendarSpan.AGENDA ? agenda : calendar);
        showHeading();
        if (folds(span) != folded) {
            refresh();
        }
    }

    /** Whether the span shows overlapping starred sessions folded into one entry (week and month do). */
    private static boolean folds(CalendarSpan span) {
        return span == CalendarSpan.WEEK || span == CalendarSpan.MONTH;
    }

    /**
     * Shows a trip's first day, in weeks that hold all of the trip's days where it is a week or shorter (a Sunday
     * start, as en-US has it, would put FOSDEM's Sunday in the week after its Saturday).
     */
    private void showTrip(Trip trip) {
        trip.firstDay().ifPresent(first -> {
            calendar.setWeekFields(CalendarSpan.weeksShowing(first, lastDay(trip).orElse(first), LOCALE_WEEKS));
            showDate(first);
        });
    }

    private static Optional<LocalDate> lastDay(Trip trip) {
        Stream<LocalDate> conferenceDays = trip.items(Conference.class).stream().map(Conference::lastDay);
        Stream<LocalDate> itemDays = trip.timed().map(t -> t.end().time().toLocalDate());
        return Stream.concat(conferenceDays, itemDays).max(LocalDate::compareTo);
    }

    private void showHeading() {
        toolbar.showHeading(toolbar.spanProperty().get(), calendar.getDate(), calendar.getWeekFields());
    }

    public void showDate(LocalDate date) {
        calendar.setDate(date);
        showHeading();
        // open the day at 08:00, where conference days begin, rather than at midnight
        ZonedDateTime morning = ZonedDateTime.of(date, LocalTime.of(8, 0), clock.get().frame());
        calendar.getDayPage().getDetailedDayView().getDayView().setScrollTime(morning);
        calendar.getWeekPage().getDetailedWeekView().getWeekView().setScrollTime(morning);
    }

    /** The trip the calendar opens on: the first one not over yet, else the latest one. */
    private static Optional<Trip> startTrip(Project project) {
        LocalDate today = LocalDate.now();
        List<Trip> trips = project.trips().stream().filter(t -> t.firstDay().isPresent())
                .sorted(java.util.Comparator.comparing(t -> t.firstDay().orElseThrow())).toList();
        return trips.stream().filter(t -> !lastDay(t).orElseThrow().isBefore(today)).findFirst()
                .or(() -> trips.isEmpty() ? Optional.empty() : Optional.of(trips.get(trips.size() - 1)));
    }

    // For tests and the benchmark: the parts a user looks at.

    CalendarView calendarView() {
        return calendar;
    }

    AgendaView agendaView() {
        return agenda;
    }

    CalendarToolbar toolbar() {
        return toolbar;
    }

    DraftEntry draft() {
        return draft;
    }

    Optional<Entry<EntrySpec>> entry(java.util.UUID id) {
        return sync.entry(id);
    }

    List<EntrySpec> shownEntries() {
        return shown;
    }

    int entryCount() {
        return sync.size();
    }

    Label status() {
        return status;
    }

    public ObjectProperty<CalendarFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<DisplayClock> clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public LocalDate date() {
        return calendar.getDate();
    }

    public CalendarSpan span() {
        return toolbar.spanProperty().get();
    }
}
