package org.roadshow.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.model.Project;

/**
 * Kills a process that is saving a project (SIGKILL: {@code destroyForcibly} on Linux and macOS) at random
 * moments, 120 times; after every kill the file and its backup must load and equal one of the two versions
 * being saved. Two children run at a time, each on its own file, to use both cores.
 */
class CrashSafetyTest {
    static final int KILLS = 120;
    static final int PARALLEL = 2;

    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewVersion() throws Exception {
        Project v0 = CrashSaveLoop.version(0);
        Project v1 = CrashSaveLoop.version(1);
        String classPath = String.join(File.pathSeparator, childClassPath());
        Path archive = classDataArchive(classPath);
        Random random = new Random(20170204L);
        int kills = 0;
        int killedMidWrite = 0;
        int[] seen = new int[2];
        long started = System.nanoTime();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            files.add(dir.resolve("crash-" + i + ".roadshow"));
            ProjectFile.save(v0, files.get(i));
        }
        while (kills < KILLS) {
            List<Process> children = new ArrayList<>();
            for (Path file : files) {
                children.add(start(classPath, file, archive, false));
            }
            for (Process child : children) {
                awaitReady(child);
            }
            for (Process child : children) {
                Thread.sleep(5 + random.nextInt(56));
                child.destroyForcibly();
            }
            for (int i = 0; i < PARALLEL; i++) {
                assertTrue(children.get(i).waitFor(30, TimeUnit.SECONDS), "the child ended");
                kills++;
                Path file = files.get(i);
                Project onDisk = ProjectFile.load(file).project();
                if (onDisk.equals(v0)) {
                    seen[0]++;
                } else if (onDisk.equals(v1)) {
                    seen[1]++;
                } else {
                    fail("after kill " + kills + " the file holds neither version");
                }
                Path backupFile = AtomicFile.backupOf(file);
                if (Files.exists(backupFile)) { // none until a child has replaced the first file
                    Project backup = ProjectFile.load(backupFile).project();
                    assertTrue(backup.equals(v0) || backup.equals(v1), "after kill " + kills + " the backup is whole");
                }
                killedMidWrite += removeTemporaryFiles();
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf("crash safety: %d kills in %d s (%d while a temporary file existed); version 0 seen %d"
                + " times, version 1 %d times%n", kills, seconds, killedMidWrite, seen[0], seen[1]);
        assertTrue(seen[0] > 0 && seen[1] > 0, "both versions were on disk at some kill: the child really saved");
        assertTrue(killedMidWrite > KILLS / 10, "many kills hit a save half-way: " + killedMidWrite);
    }

    private int removeTemporaryFiles() throws IOException {
        int removed = 0;
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                if (p.getFileName().toString().endsWith(".tmp")) {
                    Files.delete(p);
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * The child's class path, with the class folders packed into one jar (class-data sharing accepts jars
     * only), and a class-data archive made by one clean run of the child: later children start about
     * 1.5 to 2 times faster. Without the archive the test still runs, more slowly.
     */
    private List<String> childClassPath() throws IOException {
        Path jar = dir.resolve("classes.jar");
        List<String> entries = new ArrayList<>();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (!Files.isDirectory(path)) {
                    entries.add(entry);
                    continue;
                }
                try (var walk = Files.walk(path)) {
                    for (Path f : walk.filter(Files::isRegularFile).toList()) {
                        out.putNextEntry(new JarEntry(path.relativize(f).toString().replace(File.separatorChar, '/')));
                        Files.copy(f, out);
                        out.closeEntry();
                    }
                }
            }
        }
        entries.add(jar.toString());
        return entries;
    }

    private Path classDataArchive(String classPath) throws Exception {
        Path archive = dir.resolve("crash-child.jsa");
        Process warm = start(classPath, dir.resolve("warm.roadshow"), null, true, "-XX:ArchiveClassesAtExit=" + archive);
        String output = new String(warm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, warm.waitFor(), "the warm-up child failed:\n" + output);
        return Files.isRegularFile(archive) ? archive : null;
    }

    private static Process start(String classPath, Path file, Path archive, boolean once, String... extra)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Start-up dominates (one JVM per kill): a quick JIT, one compiler thread, a small heap.
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-XX:-UsePerfData", "-Xshare:auto"));
        if (archive != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
        }
        cmd.addAll(List.of(extra));
        cmd.addAll(List.of("-cp", classPath, CrashSaveLoop.class.getName(), file.toString()));
        if (once) {
            cmd.add("--once");
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static void awaitReady(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals(CrashSaveLoop.READY)) {
                return;
            }
            seen.append(line).append('\n');
        }
        fail("the saving child exited before it started saving:\n" + seen);
    }
}
