package org.roadshow.ui.window;

/**
 * The views beside "Details", each filled in by its own package. Until a view exists its tab says plainly
 * that it is not in this version yet, what it will show, and where to find that information meanwhile.
 */
public enum ViewTab {
    CALENDAR("Calendar", "Your trips day by day: talks, booth duty, demos, travel and meetings, each at the right "
            + "hour in its own time zone.",
            "Meanwhile, every item is under Details, and File › Export Calendar… puts them in your calendar app."),
    TIMELINE("Timeline", "Who is where, and in which time zone, across a trip, with double bookings and tight "
            + "connections marked.",
            "Meanwhile, the Programme tab marks programme talks that clash with a person's own items."),
    CHECKLIST("Checklist", "Everything to bring and do before each trip, with who does it and when it is due.",
            "Meanwhile, each trip's checklist items are listed under it in the sidebar."),
    ROSTER("Roster", "Who staffs the booth when, the gaps still to fill, and a sheet to print for the booth table.",
            "Meanwhile, each trip's booth duty shifts are listed under it in the sidebar."),
    PROGRAMME("Programme", "Imported conference programmes, so that everyone can star the talks they want to see.",
            "Use File › Import Programme… to bring in a programme.");

    private final String title;
    private final String placeholder;
    private final String meanwhile;

    ViewTab(String title, String placeholder, String meanwhile) {
        this.title = title;
        this.placeholder = placeholder;
        this.meanwhile = meanwhile;
    }

    public String title() {
        return title;
    }

    /** What the view will show, said while it does not exist yet. */
    public String placeholder() {
        return placeholder;
    }

    /** Where to find the same information until then. */
    public String meanwhile() {
        return meanwhile;
    }
}
