package org.roadshow.io.ical;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import org.roadshow.io.project.AtomicFile;
import org.roadshow.model.Project;
import org.roadshow.plan.AgendaSelection;

/**
 * Exports a selection to a {@code .ics} file the way the project file is saved: the whole calendar is
 * built and validated first, then written with {@link AtomicFile} (a temporary file beside the target,
 * forced to disk, moved over it), so a failure leaves any earlier file as it was. The earlier file at the target is read first to carry each
 * event's SEQUENCE forward.
 */
public final class IcsExportFile {
    /** What an export wrote, compared with the earlier export at the same place. */
    public record Result(Path file, int events, int added, int changed, int removed) {
        /** "12 events (2 new, 1 changed, 1 removed)"; "12 events (none changed)" for a repeat export. */
        public String summary() {
            String s = events + (events == 1 ? " event" : " events");
            List<String> parts = new java.util.ArrayList<>();
            if (added > 0 && added != events) {
                parts.add(added + " new");
            }
            if (changed > 0) {
                parts.add(changed + " changed");
            }
            if (removed > 0) {
                parts.add(removed + " removed");
            }
            if (parts.isEmpty()) {
                return added == 0 && events > 0 ? s + " (none changed)" : s;
            }
            return s + " (" + String.join(", ", parts) + ")";
        }
    }

    private IcsExportFile() {
    }

    public static Result export(Project project, AgendaSelection selection, Alarms alarms, Path target, Instant now)
            throws IcsExportException {
        checkTarget(target);
        Map<String, PreviousExport.Event> previous = PreviousExport.read(target);
        List<ExportedEvent> events = IcsExport.events(project, selection, alarms);
        if (events.isEmpty()) { // RFC 5545 wants at least one component, and calendar apps refuse empty files
            throw new IcsExportException(target, "nothing to export: the selection holds no events; "
                    + "the file was not written", null);
        }
        Calendar calendar = IcsExport.calendar(IcsExport.calendarName(project, selection), events, previous, now);
        try {
            IcsExport.validate(calendar, events);
        } catch (IcsExportException e) {
            throw new IcsExportException(target, e.getMessage(), e);
        }
        try {
            AtomicFile.write(target, out -> IcsWriter.write(calendar, out), false);
        } catch (IOException | RuntimeException e) {
            throw new IcsExportException(target, "could not be written (" + describe(e)
                    + "); any earlier file there is unchanged", e);
        }
        return compare(target, events, previous);
    }

    private static void checkTarget(Path target) throws IcsExportException {
        if (Files.isDirectory(target)) {
            throw new IcsExportException(target, "is a folder; choose a file name ending in .ics", null);
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IcsExportException(target, "the folder " + folder + " does not exist", null);
        }
    }

    private static Result compare(Path target, List<ExportedEvent> events, Map<String, PreviousExport.Event> previous) {
        int added = 0;
        int changed = 0;
        Set<String> uids = new HashSet<>();
        for (ExportedEvent e : events) {
            uids.add(e.uid());
            PreviousExport.Event before = previous.get(e.uid());
            if (before == null) {
                added++;
            } else if (!before.hash().equals(e.hash())) {
                changed++;
            }
        }
        int removed = (int) previous.keySet().stream().filter(uid -> !uids.contains(uid)).count();
        return new Result(target, events.size(), added, changed, removed);
    }

    static String describe(Throwable e) {
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
