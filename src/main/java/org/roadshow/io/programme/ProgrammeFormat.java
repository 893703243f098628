package org.roadshow.io.programme;

/** The programme formats Roadshow reads, detected from the content, never from the file name. */
public enum ProgrammeFormat {
    PENTABARF_XML("Pentabarf/frab XML"),
    FRAB_JSON("frab/pretalx JSON"),
    ICALENDAR("iCalendar");

    /** What the user reads when a file is none of them. */
    public static final String SUPPORTED = "Pentabarf/frab XML (FOSDEM, CCC, pretalx schedule.xml), "
            + "frab/pretalx JSON (schedule.json) or iCalendar (.ics, for example from Sched)";

    private final String label;

    ProgrammeFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
