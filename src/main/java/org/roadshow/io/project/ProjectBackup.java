package org.roadshow.io.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The copy a save keeps beside a project file ({@code NAME.roadshow.bak}: the file as it was before the last save),
 * when it reads cleanly: what a user can fall back on when the file itself no longer opens.
 */
public record ProjectBackup(Path file, LoadedProject loaded, Instant modified) {
    /** The backup of {@code damaged} if there is one that reads without error; empty otherwise. */
    public static Optional<ProjectBackup> of(Path damaged) {
        if (damaged == null) {
            return Optional.empty();
        }
        Path backup = AtomicFile.backupOf(damaged);
        if (!Files.isRegularFile(backup)) {
            return Optional.empty();
        }
        try {
            Instant modified = Files.getLastModifiedTime(backup).toInstant();
            return Optional.of(new ProjectBackup(backup, ProjectFile.load(backup), modified));
        } catch (ProjectFileException | IOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code e} is about what the file holds (a backup may help), not about reaching it (missing, denied). */
    public static boolean helpsWith(ProjectFileException e) {
        return e.file() != null && Files.isRegularFile(e.file()) && !e.problem().startsWith("cannot open");
    }
}
