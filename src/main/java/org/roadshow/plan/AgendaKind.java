package org.roadshow.plan;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of thing on someone's agenda, in the order exports and dialogs list them. {@code key} is the
 * short name the command line accepts and the suffix of exported UIDs, so it must never change.
 */
public enum AgendaKind {
    TALK("talk", "Talk", "Talks they give", "Talks"),
    SHIFT("shift", "Booth duty", "Booth duty", "Duty"),
    DEMO("demo", "Demo", "Demos", "Demos"),
    TRAVEL("travel", "Travel", "Flights and trains", "Travel"),
    MEETING("meeting", "Meeting", "Meetings", "Meetings"),
    STARRED("starred", "Starred talk", "Starred programme talks", "Starred"),
    /** Open checklist items with a due date: exported as VTODO, never on the agenda itself. */
    TODO("todo", "To-do", "Checklist to-dos with a due date", "To-dos");

    private final String key;
    private final String label;
    private final String plural;
    private final String shortPlural;

    AgendaKind(String key, String label, String plural, String shortPlural) {
        this.key = key;
        this.label = label;
        this.plural = plural;
        this.shortPlural = shortPlural;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** How a list of options names this kind ("Flights and trains"). */
    public String plural() {
        return plural;
    }

    /** The kind in a word, where room is short: a calendar's filter buttons ("Talks", "Duty"). */
    public String shortPlural() {
        return shortPlural;
    }

    public static Optional<AgendaKind> ofKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (AgendaKind kind : values()) {
            if (kind.key.equals(k)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
