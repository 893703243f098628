package org.roadshow.plan;

/**
 * What a commitment is: one of a person's own items, a programme session they starred, or any session of
 * a programme (when a programme is held against someone's plans). Own items make errors when they overlap;
 * sessions only warnings, because a person may skip a talk but not their own booth duty.
 */
public enum CommitmentKind {
    TALK(true), SHIFT(true), DEMO(true), TRAVEL(true), MEETING(true), STARRED_SESSION(false), SESSION(false);

    private final boolean own;

    CommitmentKind(boolean own) {
        this.own = own;
    }

    /** Whether it is the person's own item (talk, shift, demo, travel, meeting), not a programme session. */
    public boolean own() {
        return own;
    }
}
