package org.roadshow.model;

import java.util.UUID;

/** Everything a trip holds. Every item has a stable id that is never reused. */
public sealed interface Item
        permits Conference, Talk, Booth, Shift, Demo, TravelLeg, Meeting, ChecklistItem {
    UUID id();

    /** A short human label for lists and menus. */
    String label();

    ItemKind kind();
}
