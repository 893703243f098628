package org.roadshow.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps CalendarFX's calendars showing a list of {@link EntrySpec}s: one calendar per {@link EntryKind},
 * one entry per spec, keyed by id. {@link #show} adds, removes and changes only the entries that differ,
 * so an edit of one item touches one entry. The entries are a picture of the project, never its data:
 * each holds its spec as user object, and {@link #isSyncing} tells a listener that a change came from here.
 */
final class EntrySync {
    private final CalendarSource source = new CalendarSource("Roadshow");
    private final Map<EntryKind, Calendar<EntrySpec>> calendars = new EnumMap<>(EntryKind.class);
    private final Map<UUID, Entry<EntrySpec>> entries = new HashMap<>();
    private ZoneId frame = ZoneOffset.UTC;
    private boolean syncing;

    EntrySync() {
        for (EntryKind kind : EntryKind.values()) {
            Calendar<EntrySpec> c = new Calendar<>(kind.plural());
            c.setStyle(kind.style());
            c.setReadOnly(!kind.movable());
            calendars.put(kind, c);
            source.getCalendars().add(c);
        }
    }

    CalendarSource source() {
        return source;
    }

    Calendar<EntrySpec> calendar(EntryKind kind) {
        return calendars.get(kind);
    }

    boolean isSyncing() {
        return syncing;
    }

    /** The entry of the item or session with this id, if shown. */
    Optional<Entry<EntrySpec>> entry(UUID id) {
        return Optional.ofNullable(entries.get(id));
    }

    int size() {
        return entries.size();
    }

    /** Makes the calendars show exactly {@code specs}, with each calendar read-only when {@code readOnly}. */
    void show(List<EntrySpec> specs, boolean readOnly) {
        syncing = true;
        try {
            for (EntryKind kind : EntryKind.values()) {
                calendars.get(kind).setReadOnly(readOnly || !kind.movable());
            }
            Set<UUID> wanted = new HashSet<>();
            Map<EntryKind, List<Entry<?>>> added = new EnumMap<>(EntryKind.class);
            for (EntrySpec spec : specs) {
                wanted.add(spec.id());
                Entry<EntrySpec> entry = entries.get(spec.id());
                if (entry == null) {
                    entry = create(spec);
                    entries.put(spec.id(), entry);
                    added.computeIfAbsent(spec.kind(), k -> new ArrayList<>()).add(entry);
                } else if (!spec.equals(entry.getUserObject())) {
                    update(entry, spec);
                }
            }
            entries.values().removeIf(e -> {
                if (!wanted.contains(e.getUserObject().id())) {
                    e.removeFromCalendar();
                    return true;
                }
                return false;
            });
            added.forEach((kind, list) -> {
                Calendar<EntrySpec> c = calendars.get(kind);
                c.startBatchUpdates();
                try {
                    c.addEntries(list);
                } finally {
                    c.stopBatchUpdates();
                }
            });
        } finally {
            syncing = false;
        }
    }

    /** Puts the entry back where its spec says (after a drag the project did not take). */
    void reset(Entry<?> entry) {
        if (entry.getUserObject() instanceof EntrySpec spec) {
            syncing = true;
            try {
                setInterval(entry, spec);
            } finally {
                syncing = false;
            }
        }
    }

    private Entry<EntrySpec> create(EntrySpec spec) {
        Entry<EntrySpec> entry = new Entry<>(spec.title());
        entry.setId(spec.id().toString());
        entry.setLocation(spec.location());
        entry.setFullDay(spec.fullDay());
        setInterval(entry, spec);
        entry.getStyleClass().setAll(spec.styleClasses());
        entry.setUserObject(spec);
        return entry;
    }

    private void update(Entry<EntrySpec> entry, EntrySpec spec) {
        EntrySpec was = entry.getUserObject();
        if (!spec.title().equals(was.title())) {
            entry.setTitle(spec.title());
        }
        if (!spec.location().equals(was.location())) {
            entry.setLocation(spec.location());
        }
        if (spec.fullDay() != was.fullDay()) {
            entry.setFullDay(spec.fullDay());
        }
        if (!spec.start().equals(was.start()) || !spec.end().equals(was.end())
                || !entry.getInterval().getZoneId().equals(frame)) {
            setInterval(entry, spec);
        }
        if (!spec.styleClasses().equals(entry.getStyleClass())) {
            entry.getStyleClass().setAll(spec.styleClasses());
        }
        entry.setUserObject(spec);
        if (spec.kind() != was.kind()) {
            entry.setCalendar(calendars.get(spec.kind()));
        }
    }

    /** The zone entry intervals are given in (the clock's frame): set it before {@link #show}. */
    void frame(ZoneId zone) {
        frame = zone;
    }

    private void setInterval(Entry<?> entry, EntrySpec spec) {
        entry.setInterval(spec.start(), spec.end(), frame);
    }
}
