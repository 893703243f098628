package org.roadshow.ui.calendar;

/**
 * What a calendar entry stands for. Each kind is one CalendarFX calendar with its own style (colour from the
 * Okabe-Ito palette, which colour-blind people can tell apart) and a word in the entry's title, so that the
 * kind can be read without the colour.
 */
public enum EntryKind {
    CONFERENCE("Conferences", "rs-conference", ""),
    TALK("Talks", "rs-talk", "Talk"),
    SHIFT("Duty", "rs-shift", "Duty"),
    DEMO("Demos", "rs-demo", "Demo"),
    TRAVEL("Travel", "rs-travel", ""),
    MEETING("Meetings", "rs-meeting", "Meeting"),
    STARRED("Starred", "rs-starred", "★");

    private final String plural;
    private final String style;
    private final String cue;

    EntryKind(String plural, String style, String cue) {
        this.plural = plural;
        this.style = style;
        this.cue = cue;
    }

    /** The name of the filter that shows or hides this kind. */
    public String plural() {
        return plural;
    }

    /** The CalendarFX calendar style: entries get the style classes {@code <style>-entry} and so on. */
    public String style() {
        return style;
    }

    /** The word the entry's title starts with (travel names its mode instead; conferences need none). */
    public String cue() {
        return cue;
    }

    /** Whether entries of this kind can be dragged: a person's own timed items, not conferences or programme sessions. */
    public boolean movable() {
        return this != CONFERENCE && this != STARRED;
    }
}
