package org.roadshow.model;

/** The kinds of item, in the order the sidebar and the project file list them. */
public enum ItemKind {
    CONFERENCE("Conference", "Conferences"),
    TALK("Talk", "Talks"),
    BOOTH("Booth", "Booths"),
    SHIFT("Booth duty", "Booth duty"),
    DEMO("Demo", "Demos"),
    TRAVEL("Travel", "Travel"),
    MEETING("Meeting", "Meetings"),
    CHECKLIST("Checklist item", "Checklist");

    private final String singular;
    private final String plural;

    ItemKind(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }
}
