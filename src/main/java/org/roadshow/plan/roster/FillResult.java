package org.roadshow.plan.roster;

import java.util.List;

/**
 * What auto-fill proposes for one booth: every shift of the booth with its people (pinned people kept), in
 * time order, and the shifts it could not bring up to their minimum staff, each with the reason.
 */
public record FillResult(List<org.roadshow.model.Shift> shifts, List<Unfilled> unfilled) {
    public FillResult {
        shifts = List.copyOf(shifts);
        unfilled = List.copyOf(unfilled);
    }
}
