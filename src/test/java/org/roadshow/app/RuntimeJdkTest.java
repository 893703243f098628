package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeJdkTest {
    @TempDir
    Path jvms;

    private Path jdk(String folder, String version) throws Exception {
        Path home = Files.createDirectories(jvms.resolve(folder));
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin").resolve("jlink"), "");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    @Test
    void readsTheFeatureReleaseOfEachVersionStyle() {
        assertEquals(25, RuntimeJdk.featureOf("25.0.3"));
        assertEquals(17, RuntimeJdk.featureOf("17.0.15"));
        assertEquals(24, RuntimeJdk.featureOf("24"));
        assertEquals(8, RuntimeJdk.featureOf("1.8.0_402"));
    }

    @Test
    void findsTheJdksBesideOneAndSkipsFoldersThatAreNot() throws Exception {
        Path seventeen = jdk("java-17", "17.0.15");
        jdk("temurin-25", "25.0.3");
        Files.createDirectories(jvms.resolve("a-jre/bin")); // no jlink, no release
        List<RuntimeJdk> found = RuntimeJdk.beside(seventeen);
        assertEquals(List.of(17, 25), found.stream().map(RuntimeJdk::feature).toList());
        assertTrue(found.get(1).hasAotCache());
        assertFalse(found.get(0).hasAotCache());
        assertEquals("25.0.3", found.get(1).version());
    }

    @Test
    void aFolderWithoutJlinkIsNoJdkToLinkFrom() throws Exception {
        Path home = jdk("broken", "21.0.1");
        Files.delete(home.resolve("bin").resolve("jlink"));
        assertTrue(RuntimeJdk.at(home).isEmpty());
    }

    @Test
    void theBuildPropertyChoosesTheBuildsJdk() {
        String before = System.getProperty(RuntimeJdk.PROPERTY);
        System.setProperty(RuntimeJdk.PROPERTY, "build");
        try {
            assertTrue(RuntimeJdk.choose().isBuildJdk());
        } finally {
            if (before == null) {
                System.clearProperty(RuntimeJdk.PROPERTY);
            } else {
                System.setProperty(RuntimeJdk.PROPERTY, before);
            }
        }
    }
}
