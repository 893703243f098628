package org.roadshow.ui;

/** The views beside "Details", each filled in by its own package; until then a sentence says what it is for. */
public enum ViewTab {
    CALENDAR("Calendar", "Your trips day by day will show here: talks, booth duty, demos, travel and meetings, "
            + "each at the right hour in its own time zone."),
    TIMELINE("Timeline", "A timeline of who is where, and in which time zone, will show here, "
            + "with double bookings and tight connections marked."),
    CHECKLIST("Checklist", "Everything to bring and do before each trip will be listed here, "
            + "with who does it and when it is due."),
    ROSTER("Roster", "The booth duty roster will be here: who staffs the booth when, the gaps still to fill, "
            + "and a sheet to print for the booth table."),
    SCHEDULE("Schedule", "Imported conference programmes will show here, so that everyone can star "
            + "the talks they want to see.");

    private final String title;
    private final String placeholder;

    ViewTab(String title, String placeholder) {
        this.title = title;
        this.placeholder = placeholder;
    }

    public String title() {
        return title;
    }

    /** The friendly sentence shown until the view exists. */
    public String placeholder() {
        return placeholder;
    }
}
