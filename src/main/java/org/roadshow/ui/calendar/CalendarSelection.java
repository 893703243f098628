package org.roadshow.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.view.DateControl;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.document.Selection;
import org.roadshow.ui.document.SessionKey;

/**
 * Keeps the calendar's selected entries and the shared {@link Selection} the same both ways: selecting
 * entries selects their items (or a starred session) in the sidebar; selecting in the sidebar selects the
 * entries and shows the date of the first one when it is out of view.
 */
final class CalendarSelection {
    private final Selection selection;
    private final DateControl calendar;
    private final EntrySync sync;
    private final Consumer<LocalDate> showDate;
    private final Predicate<LocalDate> inView;
    private boolean following;

    CalendarSelection(Selection selection, DateControl calendar, EntrySync sync, Consumer<LocalDate> showDate,
                      Predicate<LocalDate> inView) {
        this.selection = selection;
        this.calendar = calendar;
        this.sync = sync;
        this.showDate = showDate;
        this.inView = inView;
        calendar.getSelections().addListener((SetChangeListener<Entry<?>>) c -> push());
        selection.items().addListener((ListChangeListener<NodeKey>) c -> pull());
        selection.sessionProperty().addListener(o -> pull());
    }

    /** From the calendar to the sidebar. */
    private void push() {
        if (following) {
            return;
        }
        List<NodeKey> items = new ArrayList<>();
        SessionKey session = null;
        for (Entry<?> entry : calendar.getSelections()) {
            if (entry.getUserObject() instanceof EntrySpec spec && !spec.summary()) {
                if (spec.itemKind() != null) {
                    items.add(NodeKey.item(spec.tripId(), spec.itemKind(), spec.id()));
                } else {
                    session = new SessionKey(spec.tripId(), spec.programmeId(), spec.id());
                }
            }
        }
        following = true;
        try {
            if (!items.isEmpty()) {
                selection.selectItems(items);
            } else if (session != null) {
                selection.selectSession(session);
            }
        } finally {
            following = false;
        }
    }

    /** From the sidebar to the calendar (also after the entries were rebuilt). */
    void pull() {
        if (following) {
            return;
        }
        Set<Entry<?>> wanted = new HashSet<>();
        selection.items().forEach(k -> sync.entry(k.id()).ifPresent(wanted::add));
        selection.session().flatMap(s -> sync.entry(s.sessionId())).ifPresent(wanted::add);
        if (wanted.equals(calendar.getSelections())) {
            return;
        }
        following = true;
        try {
            calendar.getSelections().clear();
            calendar.getSelections().addAll(wanted);
        } finally {
            following = false;
        }
        wanted.stream().map(e -> e.getStartDate()).min(LocalDate::compareTo).ifPresent(day -> {
            if (!inView.test(day)) {
                showDate.accept(day);
            }
        });
    }
}
