package org.roadshow.ui.calendar;

import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.plan.Agenda;
import org.roadshow.plan.AgendaKind;

/**
 * The calendars the view draws, one per kind of entry: the conferences' days, and each {@link AgendaKind} on a
 * person's agenda (the kinds and their words come from there). This maps them to the view's styles only: each
 * is one CalendarFX calendar with its own style (colour from the Okabe-Ito palette, which colour-blind people can
 * tell apart), and its entries' titles start with a word or mark so that the kind can be read without the colour.
 */
public enum EntryKind {
    CONFERENCE(null, "rs-conference"),
    TALK(AgendaKind.TALK, "rs-talk"),
    SHIFT(AgendaKind.SHIFT, "rs-shift"),
    DEMO(AgendaKind.DEMO, "rs-demo"),
    TRAVEL(AgendaKind.TRAVEL, "rs-travel"),
    MEETING(AgendaKind.MEETING, "rs-meeting"),
    STARRED(AgendaKind.STARRED, "rs-starred");

    private final AgendaKind agenda;
    private final String style;

    EntryKind(AgendaKind agenda, String style) {
        this.agenda = agenda;
        this.style = style;
    }

    /** The kind of the item's entry: its agenda kind's, a conference's, or null for items not drawn (booths, to-dos). */
    static EntryKind of(Item item) {
        AgendaKind kind = Agenda.kindOf(item);
        if (kind != null) {
            return of(kind);
        }
        return item.kind() == ItemKind.CONFERENCE ? CONFERENCE : null;
    }

    /** The calendar of an agenda kind; null for to-dos, which the calendar does not draw. */
    static EntryKind of(AgendaKind kind) {
        for (EntryKind k : values()) {
            if (k.agenda == kind) {
                return k;
            }
        }
        return null;
    }

    /** The agenda kind drawn, or null for the conferences' days. */
    public AgendaKind agenda() {
        return agenda;
    }

    /** The name of the filter that shows or hides this kind. */
    public String plural() {
        return agenda == null ? "Conferences" : agenda.shortPlural();
    }

    /** The CalendarFX calendar style: entries get the style classes {@code <style>-entry} and so on. */
    public String style() {
        return style;
    }

    /** What an entry's title starts with: the kind's name, a star for starred sessions; travel names its mode. */
    public String cue() {
        if (agenda == null || agenda == AgendaKind.TRAVEL) {
            return "";
        }
        return agenda == AgendaKind.STARRED ? "★" : agenda.label();
    }

    /** Whether entries of this kind can be dragged: a person's own timed items, not conferences or programme sessions. */
    public boolean movable() {
        return this != CONFERENCE && this != STARRED;
    }
}
