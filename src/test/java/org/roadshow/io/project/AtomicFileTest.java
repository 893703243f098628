package org.roadshow.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.model.Project;

class AtomicFileTest {
    @TempDir
    Path dir;

    private static void write(Path file, String text, boolean backup) throws IOException {
        AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), backup);
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void keepsThePreviousVersionAsBakAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("trip.roadshow");
        write(file, "one", true);
        assertEquals(List.of("trip.roadshow"), names(), "no backup of a file that did not exist");
        write(file, "two", true);
        write(file, "three", true);
        assertEquals("three", Files.readString(file));
        assertEquals("two", Files.readString(dir.resolve("trip.roadshow.bak")));
        assertEquals(List.of("trip.roadshow", "trip.roadshow.bak"), names());
    }

    @Test
    void noBackupWhenNotAsked() throws Exception {
        Path file = dir.resolve("calendar.ics");
        write(file, "one", false);
        write(file, "two", false);
        assertEquals("two", Files.readString(file));
        assertEquals(List.of("calendar.ics"), names());
    }

    @Test
    void aWriterThatFailsLeavesTheOldFileAndBackupAsTheyWere() throws Exception {
        Path file = dir.resolve("trip.roadshow");
        write(file, "one", true);
        write(file, "two", true);
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("half of thr".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }, true));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("two", Files.readString(file));
        assertEquals("one", Files.readString(dir.resolve("trip.roadshow.bak")));
        assertEquals(List.of("trip.roadshow", "trip.roadshow.bak"), names());
    }

    @Test
    void aWriterMayCloseTheStream() throws Exception {
        Path file = dir.resolve("calendar.ics");
        AtomicFile.write(file, out -> {
            try (var writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                writer.write("BEGIN:VCALENDAR");
            }
        }, false);
        assertEquals("BEGIN:VCALENDAR", Files.readString(file));
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws Exception {
        Path file = dir.resolve("trip.roadshow");
        write(file, "one", true);
        assumeTrue(Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> write(file, "two", true));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertEquals("one", Files.readString(file));
        assertEquals(List.of("trip.roadshow"), names());
    }

    @Test
    void projectFileSaveOverAReadOnlyFileSaysSoAndKeepsIt() throws Exception {
        Path file = dir.resolve("trip.roadshow");
        ProjectFile.save(ProjectFixtures.everything(), file);
        byte[] before = Files.readAllBytes(file);
        assumeTrue(Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Project changed = ProjectFixtures.everything().withName("Changed");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.save(changed, file));
        assertEquals(file + ": not saved: the file is read-only", e.getMessage());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
    }

    @Test
    void aMissingFolderOrAFolderInTheWaySaysSo() throws Exception {
        NoSuchFileException missing = assertThrows(NoSuchFileException.class,
                () -> write(dir.resolve("nowhere/trip.roadshow"), "x", true));
        assertEquals("the folder does not exist", missing.getReason());
        Path folder = Files.createDirectory(dir.resolve("trip.roadshow"));
        Files.writeString(folder.resolve("inside.txt"), "kept");
        FileSystemException inTheWay = assertThrows(FileSystemException.class, () -> write(folder, "x", true));
        assertEquals("it is a folder, not a file", inTheWay.getReason());
        assertEquals("kept", Files.readString(folder.resolve("inside.txt")));
        ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectFile.save(ProjectFixtures.everything(), dir.resolve("nowhere/trip.roadshow")));
        assertTrue(e.getMessage().endsWith("not saved: the folder does not exist"), e.getMessage());
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheFileAlone() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path sub = Files.createDirectory(dir.resolve("locked"));
        Path file = sub.resolve("trip.roadshow");
        write(file, "one", true);
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThrows(AccessDeniedException.class, () -> write(file, "two", true));
            assertEquals("one", Files.readString(file));
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aSymbolicLinkKeepsPointingAtTheNewContent() throws Exception {
        Path real = dir.resolve("real.roadshow");
        write(real, "one", false);
        Path link = Files.createSymbolicLink(dir.resolve("link.roadshow"), real);
        write(link, "two", false);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("two", Files.readString(real));
    }

    @Test
    void thePermissionsOfTheFileAreKept() throws Exception {
        Path file = dir.resolve("trip.roadshow");
        write(file, "one", true);
        assumeTrue(Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        write(file, "two", true);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(Files.isSymbolicLink(file));
    }
}
