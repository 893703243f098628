package org.roadshow.io.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.roadshow.model.Project;

/**
 * Reads and writes {@code .roadshow} files: UTF-8 JSON with an integer {@code formatVersion}, pretty-printed
 * in a stable order so that a team can keep it in git. Fields a newer Roadshow wrote are kept; a file in a
 * newer format opens read-only and is never overwritten. Reading checks everything (types, zones, times,
 * references) and returns the whole project or throws: nothing half-read. Saving is atomic and keeps the
 * previous version as {@code NAME.roadshow.bak}; it writes only what reading accepts.
 */
public final class ProjectFile {
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".roadshow";
    /** Larger files are refused before reading: a project with 10,000 items is about 5 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private ProjectFile() {
    }

    public static LoadedProject load(Path file) throws ProjectFileException {
        return parse(readLimited(file), file);
    }

    /** Reads a project from the bytes of a file; {@code source} names it in errors (may be null). */
    public static LoadedProject parse(byte[] content, Path source) throws ProjectFileException {
        return parse(content, source, Migrations.STANDARD);
    }

    /** As {@link #parse(byte[], Path)} with the given migration steps (tests use a chain of their own). */
    static LoadedProject parse(byte[] content, Path source, Migrations migrations) throws ProjectFileException {
        if (isBlank(content)) {
            throw new ProjectFileException(source, "the file is empty; it is not a Roadshow project", null);
        }
        ContentSniff.check(content, source);
        int version = FormatVersion.of(content, source);
        if (version < FORMAT_VERSION && !migrations.canMigrate(version)) {
            throw new ProjectFileException(source, "formatVersion " + version + " is not a Roadshow file format", null);
        }
        boolean newer = version > FORMAT_VERSION;
        String prefix = newer ? "this file was written by a newer Roadshow (format " + version
                + ") and this version cannot read it: " : "";
        JsonProject dto;
        try {
            dto = version < FORMAT_VERSION ? migrations.read(content, version)
                    : ProjectJson.READER.<JsonProject>readValue(content);
        } catch (JsonProcessingException e) {
            throw JsonErrors.of(source, e, prefix, content);
        } catch (IOException e) {
            throw new ProjectFileException(source, prefix + "cannot read: " + e.getMessage(), e);
        }
        Project project;
        try {
            project = dto.toModel(new ReadContext());
        } catch (InvalidProjectException e) {
            throw JsonErrors.of(source, e, prefix);
        }
        String reason = newer ? "This file was written by a newer Roadshow (file format " + version
                + "; this version writes format " + FORMAT_VERSION + "). It is open read-only so that nothing"
                + " the newer version stored is lost; use Save As to keep a copy in this version's format." : null;
        return new LoadedProject(project, version, newer, reason);
    }

    /**
     * Saves atomically, keeping the previous file as {@code NAME.roadshow.bak}. Refuses to overwrite a file
     * written by a newer Roadshow, and to write a project that loading would reject.
     */
    public static void save(Project project, Path file) throws ProjectFileException {
        int onDisk = FormatVersion.ofExistingFile(file);
        if (onDisk > FORMAT_VERSION) {
            throw new ProjectFileException(file, "not saved: the file on disk was written by a newer Roadshow (format "
                    + onDisk + ") and saving would lose what it stored; save under another name", null);
        }
        byte[] bytes = toBytes(project, file);
        try {
            AtomicFile.write(file, out -> out.write(bytes), true);
        } catch (IOException e) {
            throw new ProjectFileException(file, "not saved: " + describe(e), e);
        }
    }

    /** The file content for the project, after checking that it would load again. */
    public static byte[] toBytes(Project project) throws ProjectFileException {
        return toBytes(project, null);
    }

    private static byte[] toBytes(Project project, Path file) throws ProjectFileException {
        JsonProject dto = JsonProject.from(project);
        try {
            dto.toModel(new ReadContext());
        } catch (InvalidProjectException e) {
            throw new ProjectFileException(file, "not saved: the project is inconsistent: " + e.getMessage(), e);
        }
        try {
            byte[] json = ProjectJson.WRITER.writeValueAsBytes(dto);
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(file, "not saved: " + e.getOriginalMessage(), e);
        }
    }

    private static byte[] readLimited(Path file) throws ProjectFileException {
        try {
            if (Files.isDirectory(file)) {
                throw new ProjectFileException(file, "this is a folder, not a project file", null);
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ProjectFileException(file, String.format(java.util.Locale.ROOT, "the file is %.0f MB; Roadshow opens project files"
                        + " of up to %d MB", size / 1048576.0, MAX_BYTES / 1048576), null);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProjectFileException(file, "cannot open: " + describe(e), e);
        }
    }

    /** An I/O failure in words: "no such file", "permission denied", ... */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getReason() != null ? missing.getReason() : "no such file";
        } else if (e instanceof AccessDeniedException denied) {
            return denied.getReason() != null ? denied.getReason() : "permission denied";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
