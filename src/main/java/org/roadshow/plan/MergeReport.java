package org.roadshow.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: the changes to sessions someone starred or linked (shown before the user accepts
 * the import), and counts over the whole programme.
 */
public record MergeReport(boolean firstImport, List<SessionChange> changes, int added, int removed, int updated,
                          int unchanged) {
    public MergeReport {
        changes = List.copyOf(changes);
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** The report as lines of text, for the command line and the import dialog. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (firstImport) {
            out.add(added + " sessions imported.");
            return out;
        }
        out.add(added + " added, " + removed + " removed, " + updated + " changed, " + unchanged + " unchanged.");
        if (changes.isEmpty()) {
            out.add("No starred or linked session changed.");
        } else {
            out.add(changes.size() + (changes.size() == 1 ? " starred or linked session changed:" : " starred or linked sessions changed:"));
            for (SessionChange c : changes) {
                out.add("  " + c);
            }
        }
        return out;
    }
}
