package org.roadshow.io.project;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that, whatever happens (a crash, a kill, a full disk), the file holds either its old
 * or its new content, never a mix: the content goes to a temporary file in the same folder, is forced
 * to disk, and is then renamed over the target in one step; the folder is forced too, so the rename
 * survives a power cut. The previous version can be kept as {@code NAME.bak}. Any writer can use it
 * (project files, iCalendar exports, PDFs).
 */
public final class AtomicFile {
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");

    private AtomicFile() {
    }

    /** Where the previous version of {@code target} is kept. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * Writes {@code target} with what {@code writer} puts into the stream. If anything fails, an existing
     * target is left as it was and no temporary file remains. The writer may close the stream or not.
     */
    public static void write(Path target, IOConsumer<OutputStream> writer, boolean keepBackup) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(file)) {
            file = file.toRealPath(); // replace what the link points to, not the link
        }
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new NoSuchFileException(String.valueOf(dir), null, "the folder does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "it is a folder, not a file");
        }
        boolean exists = Files.exists(file);
        if (exists && isReadOnly(file)) {
            throw new AccessDeniedException(file.toString(), null, "the file is read-only");
        }
        Path temp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            Files.createFile(temp);
            if (exists) {
                copyPermissions(file, temp);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writer.accept(new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush(); // the channel stays open until it has been forced
                    }
                });
                out.flush();
                channel.force(true);
            }
            if (keepBackup && exists) {
                keepBackup(file);
            }
            move(temp, file);
            forceFolder(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The current file becomes NAME.bak: a hard link (no copying) where the file system has them. */
    private static void keepBackup(Path file) throws IOException {
        Path backup = backupOf(file);
        Path temp = file.resolveSibling("." + backup.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try {
                Files.createLink(temp, file);
            } catch (UnsupportedOperationException | IOException e) { // no hard links here (FAT, some shares): copy
                Files.copy(file, temp, StandardCopyOption.COPY_ATTRIBUTES);
            }
            move(temp, backup);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) { // the file system refuses: the best it offers
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename durable. Windows cannot open a folder for this, and does not need it. */
    private static void forceFolder(Path dir) {
        if (WINDOWS) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems refuse to sync a folder; the data itself is already on disk
        }
    }

    /** Read-only by its permission bits, even for an administrator who could write it anyway. */
    private static boolean isReadOnly(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            return !posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        }
        DosFileAttributeView dos = Files.getFileAttributeView(file, DosFileAttributeView.class);
        if (dos != null) {
            return dos.readAttributes().isReadOnly();
        }
        return !Files.isWritable(file);
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            try {
                target.setPermissions(source.readAttributes().permissions());
            } catch (IOException e) {
                // the new file keeps the default permissions
            }
        }
    }
}
