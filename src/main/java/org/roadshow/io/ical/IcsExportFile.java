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
    public record Result(Path file, int events, int added, int changed, int removed, int todos) {
        /**
         * "12 events (2 new, 1 changed, 1 removed)"; "12 events (none changed)" for a repeat export; "12 events
         * and 3 to-dos (...)" with to-dos. The counts of new, changed and removed cover both.
         */
        public String summary() {
            String s = events + (events == 1 ? " event" : " events")
                    + (todos == 0 ? "" : " and " + todos + (todos == 1 ? " to-do" : " to-dos"));
            int all = events + todos;
            List<String> parts = new java.util.ArrayList<>();
            if (added > 0 && added != all) {
                parts.add(added + " new");
            }
            if (changed > 0) {
                parts.add(changed + " changed");
            }
            if (removed > 0) {
                parts.add(removed + " removed");
            }
            if (parts.isEmpty()) {
                return added == 0 && all > 0 ? s + " (none changed)" : s;
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
        List<ExportedTodo> todos = IcsExport.todos(project, selection, previous);
        if (events.isEmpty() && todos.isEmpty()) { // RFC 5545 wants a component; calendar apps refuse empty files
            throw new IcsExportException(target, "nothing to export: the selection holds no events; "
                    + "the file was not written", null);
        }
        Calendar calendar = IcsExport.calendar(IcsExport.calendarName(project, selection), events, todos, previous,
                now);
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
        return compare(target, events, todos, previous);
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

    private static Result compare(Path target, List<ExportedEvent> events, List<ExportedTodo> todos,
                                  Map<String, PreviousExport.Event> previous) {
        int added = 0;
        int changed = 0;
        Set<String> uids = new HashSet<>();
        Map<String, String> hashes = new java.util.LinkedHashMap<>();
        events.forEach(e -> hashes.put(e.uid(), e.hash()));
        todos.forEach(t -> hashes.put(t.uid(), t.hash()));
        for (Map.Entry<String, String> e : hashes.entrySet()) {
            uids.add(e.getKey());
            PreviousExport.Event before = previous.get(e.getKey());
            if (before == null) {
                added++;
            } else if (!before.hash().equals(e.getValue())) {
                changed++;
            }
        }
        int removed = (int) previous.keySet().stream().filter(uid -> !uids.contains(uid)).count();
        return new Result(target, events.size(), added, changed, removed, todos.size());
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
