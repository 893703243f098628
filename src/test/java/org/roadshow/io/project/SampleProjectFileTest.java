package org.roadshow.io.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.model.Project;

/**
 * The sample asset and {@link SampleProjectBuilder} cannot drift apart: the asset must load to the
 * builder's project and be byte for byte what saving that project writes. To rewrite the asset after
 * changing the builder or the format: {@code mvn -o -q test -Dtest=SampleProjectFileTest -Droadshow.regenerateSample=true}.
 */
class SampleProjectFileTest {
    static final Path ASSET = Path.of("assets/samples/roadshow-sample.roadshow");

    @BeforeAll
    static void regenerateWhenAsked() throws Exception {
        if (Boolean.getBoolean("roadshow.regenerateSample")) {
            byte[] bytes = ProjectFile.toBytes(SampleProjectBuilder.build());
            AtomicFile.write(ASSET, out -> out.write(bytes), false);
        }
    }

    @Test
    void assetLoadsToTheBuildersProject() throws Exception {
        LoadedProject loaded = ProjectFile.load(ASSET);
        assertEquals(SampleProjectBuilder.build(), loaded.project());
        assertFalse(loaded.readOnly());
        assertEquals(ProjectFile.FORMAT_VERSION, loaded.formatVersion());
    }

    @Test
    void assetIsExactlyWhatSavingTheBuildersProjectWrites() throws Exception {
        String expected = new String(ProjectFile.toBytes(SampleProjectBuilder.build()), StandardCharsets.UTF_8);
        assertEquals(expected, Files.readString(ASSET, StandardCharsets.UTF_8),
                "the asset is stale: regenerate it with -Droadshow.regenerateSample=true");
    }

    @Test
    void sampleOnTheClassPathIsTheSameProject() {
        Project sample = SampleProjects.openSample();
        assertEquals(SampleProjectBuilder.build(), sample);
    }
}
