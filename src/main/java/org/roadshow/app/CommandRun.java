package org.roadshow.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.roadshow.io.project.LoadedProject;
import org.roadshow.io.project.ProjectBackup;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.io.project.ProjectFileException;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every subcommand does the same way: its output streams, opening the project (a damaged file's error says
 * when a readable backup lies beside it; a file from a newer Roadshow is never written), finding a trip, person or
 * booth by the name typed ({@link NameLookup}), and the exit codes: 0 done, 1 cannot read or save, 2 bad usage.
 * A step that fails prints why and throws {@link Stop}; {@link #exit(Stop)} turns that into the exit code.
 */
final class CommandRun {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** A step failed after saying why; carries the exit code. */
    static final class Stop extends RuntimeException {
        private final int code;

        Stop(int code) {
            super(null, null, false, false);
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    private final String command;
    private final PrintWriter out;
    private final PrintWriter err;

    CommandRun(String command, CommandSpec spec) {
        this(command, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    CommandRun(String command, PrintWriter out, PrintWriter err) {
        this.command = command;
        this.out = out;
        this.err = err;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** Prints "roadshow COMMAND: message" on the error stream and returns {@code code}. */
    int fail(int code, String message) {
        err.println("roadshow " + command + ": " + message);
        err.flush();
        return code;
    }

    /** Prints the message and stops the command with {@code code}. */
    Stop stop(int code, String message) {
        fail(code, message);
        return new Stop(code);
    }

    /** Flushes both streams and hands back the code a {@link Stop} carries. */
    int exit(Stop stop) {
        flush();
        return stop.code();
    }

    void flush() {
        out.flush();
        err.flush();
    }

    /** Reads the project; on failure prints why (and a readable backup, if any) and stops with 1. */
    LoadedProject load(Path file) {
        try {
            return ProjectFile.load(file);
        } catch (ProjectFileException e) {
            fail(FAILED, e.getMessage());
            backupNote(e).ifPresent(err::println);
            err.flush();
            throw new Stop(FAILED);
        }
    }

    /** Reads a project that this command will save: a file from a newer Roadshow stops it with 1. */
    Project loadForSaving(Path file) {
        LoadedProject loaded = load(file);
        if (loaded.readOnly()) {
            throw stop(FAILED, newerFormat(file, loaded));
        }
        return loaded.project();
    }

    /** Why a file from a newer Roadshow is left alone, in a command-line user's terms. */
    static String newerFormat(Path file, LoadedProject loaded) {
        return file + ": nothing was changed: the file was written by a newer Roadshow (file format "
                + loaded.formatVersion() + "; this version writes format " + ProjectFile.FORMAT_VERSION
                + ") and saving it here would lose what that version stored. Run this command with the newer Roadshow"
                + " (roadshow --version says which one this is).";
    }

    /** "NAME.roadshow.bak, ... reads cleanly": the line that follows a damaged file's error, when it applies. */
    static Optional<String> backupNote(ProjectFileException e) {
        if (!ProjectBackup.helpsWith(e)) {
            return Optional.empty();
        }
        return ProjectBackup.of(e.file()).map(b -> "  A backup reads cleanly: " + b.file() + " (the file as it was"
                + " before its last save, " + WHEN.format(b.modified().atZone(ZoneId.systemDefault())) + "). To go back"
                + " to it: cp '" + b.file() + "' '" + e.file() + "'");
    }

    /** The trip the typed name means; stops with 2 and the names there are when none or several match. */
    Trip trip(Path file, Project project, String typed) {
        return find(file, "trip", typed, project.trips(), Trip::name);
    }

    /** The one candidate the typed name means ({@link NameLookup}); stops with 2 otherwise. */
    <T> T find(Path file, String what, String typed, List<T> candidates, Function<T, String> name) {
        try {
            return NameLookup.find(what, typed, candidates, name);
        } catch (IllegalArgumentException e) {
            throw stop(USAGE, file + ": " + e.getMessage());
        }
    }
}
