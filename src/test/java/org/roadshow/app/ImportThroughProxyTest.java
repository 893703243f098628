package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.io.fetch.LocalProxy;
import org.roadshow.io.fetch.LocalServer;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.model.Trip;

/**
 * {@code roadshow import PROJECT URL} run as a user runs it, in its own process with {@code http_proxy} in its
 * environment: the programme comes through the proxy. The rules themselves are tested in ProxiesTest and
 * ProxyFetchTest; this proves the real environment is the one read.
 */
class ImportThroughProxyTest {
    @TempDir
    Path dir;

    @Test
    void theCommandGoesThroughTheProxyInItsEnvironment() throws Exception {
        Path project = dir.resolve("trips.roadshow");
        ProjectFile.save(SampleProjectBuilder.build().withTrip(Trip.create("36C3")), project);
        try (LocalServer server = new LocalServer(); LocalProxy proxy = new LocalProxy()) {
            server.programme("/2019/schedule.xml", ImportUrlCommandTest.resource("frab_new_36c3.xml")
                    .getBytes(StandardCharsets.UTF_8), "\"v1\"", null);
            String url = server.url("/2019/schedule.xml");
            ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    Launcher.class.getName(), "import", project.toString(), url, "--trip", "36C3")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
            command.environment().keySet().removeIf(k -> k.toLowerCase().endsWith("_proxy"));
            command.environment().put("http_proxy", "http://" + proxy.hostAndPort());
            command.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
            Process run = command.start();
            assertTrue(run.waitFor(120, TimeUnit.SECONDS), "the command ended");
            String out = java.nio.file.Files.readString(dir.resolve("out.txt"));
            assertEquals(0, run.exitValue(), out);
            assertTrue(out.contains("Saved " + project), out);
            assertEquals(List.of(URI.create(url)), proxy.requests(), "the proxy was asked for the programme");
            assertEquals(4, ProjectFile.load(project).project().tripNamed("36C3").orElseThrow().programmes().get(0)
                    .sessions().size());
        }
    }
}
