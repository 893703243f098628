package org.roadshow.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.Entry;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.BiConsumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.roadshow.model.ItemKind;

/**
 * Creating an item by dragging over empty time. CalendarFX makes an entry where the drag starts and stretches
 * it while the mouse moves; that entry lives in a calendar of its own and is only a sketch. When the mouse
 * is let go a menu asks what to add there; the choice goes to {@code create} (which adds the item through
 * the Document) and the sketch is removed either way.
 */
final class DraftEntry {
    static final ItemKind[] KINDS = {ItemKind.TALK, ItemKind.SHIFT, ItemKind.DEMO, ItemKind.MEETING, ItemKind.TRAVEL};

    private final Calendar<Object> calendar = new Calendar<>("New item");
    private final ContextMenu menu = new ContextMenu();
    private Entry<Object> sketch;
    private LocalDateTime from;
    private LocalDateTime to;

    DraftEntry(BiConsumer<ItemKind, LocalDateTime[]> create) {
        calendar.setStyle("rs-draft");
        menu.setId("calendar-create-menu");
        MenuItem heading = new MenuItem("Add here:");
        heading.setDisable(true);
        menu.getItems().addAll(heading, new SeparatorMenuItem());
        for (ItemKind kind : KINDS) {
            MenuItem item = new MenuItem(kind.singular());
            item.setId("create-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> {
                LocalDateTime[] span = {from, to};
                discard();
                create.accept(kind, span);
            });
            menu.getItems().add(item);
        }
        menu.setOnHidden(e -> discard());
    }

    Calendar<Object> calendar() {
        return calendar;
    }

    ContextMenu menu() {
        return menu;
    }

    /** The sketch CalendarFX asks for at {@code at}, half an hour long, in the view's frame zone. */
    Entry<Object> start(ZonedDateTime at, ZoneId frame) {
        discard();
        Entry<Object> entry = new Entry<>("New item");
        LocalDateTime start = at.withZoneSameInstant(frame).toLocalDateTime();
        entry.setInterval(start, start.plusMinutes(30), frame);
        sketch = entry;
        return entry;
    }

    boolean pending() {
        return sketch != null && !menu.isShowing();
    }

    /** Asks what to add over the sketch's time, with the menu at the given screen point. */
    void ask(javafx.scene.Node owner, double screenX, double screenY) {
        from = sketch.getInterval().getStartDateTime();
        to = sketch.getInterval().getEndDateTime();
        menu.show(owner, screenX, screenY);
    }

    /** Removes the sketch. */
    void discard() {
        if (sketch != null) {
            Entry<Object> gone = sketch;
            sketch = null;
            gone.removeFromCalendar();
        }
    }
}
