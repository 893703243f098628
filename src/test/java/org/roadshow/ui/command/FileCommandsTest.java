package org.roadshow.ui.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.io.project.LoadedProject;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.io.project.ProjectFileException;
import org.roadshow.model.Project;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.Prompts.SaveChoice;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.settings.RecentFiles;
import org.roadshow.ui.settings.TestPrefs;

/** File commands with scripted answers: nothing unsaved is lost, and errors name the file and line. */
class FileCommandsTest {
    private static final Path SAMPLE = Path.of("assets/samples/roadshow-sample.roadshow");

    @TempDir
    Path dir;
    private final Preferences prefs = TestPrefs.fresh();
    private final RecentFiles recent = new RecentFiles(prefs);
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private final Document document = new Document(Project.empty(), null, false);
    private final RecordingFeedback feedback = new RecordingFeedback();
    private final FileCommands files = new FileCommands(document, prompts, recent, Background.direct(), feedback);
    private final Project sample = SampleProjectBuilder.build();

    static final class RecordingFeedback implements FileCommands.Feedback {
        final List<String> messages = new ArrayList<>();
        String readOnlyReason;
        boolean busy;

        @Override
        public void status(String message) {
            messages.add(message);
        }

        @Override
        public void busy(boolean isBusy) {
            busy = isBusy;
        }

        @Override
        public void readOnlyReason(String reason) {
            readOnlyReason = reason;
        }
    }

    @AfterEach
    void cleanUp() {
        TestPrefs.remove(prefs);
    }

    private Path copyOfSample() throws Exception {
        Path copy = dir.resolve("trips.roadshow");
        Files.copy(SAMPLE, copy);
        return copy;
    }

    @Test
    void theSampleIsATemplateSoSaveAsksWhereAndAddsTheExtension() throws Exception {
        files.openTemplate(sample, "sample");
        assertFalse(document.isDirty());
        assertEquals(Optional.empty(), document.file());
        prompts.saveTo(dir.resolve("my trips"));
        assertTrue(files.save());
        Path saved = dir.resolve("my trips.roadshow");
        assertEquals(List.of("save as Conference trips.roadshow"), prompts.asked);
        assertEquals(Optional.of(saved), document.file());
        assertFalse(document.isDirty());
        assertEquals(sample, ProjectFile.load(saved).project());
        assertEquals(saved.toAbsolutePath().normalize(), recent.files().get(0));
        assertEquals("my trips.roadshow", files.documentName());
    }

    @Test
    void cancellingSaveAsSavesNothing() {
        files.openTemplate(sample, "sample");
        prompts.saveTo(null);
        assertFalse(files.save());
        assertEquals(Optional.empty(), document.file());
    }

    @Test
    void aFileReadWhileTheWindowWasBuiltOpensAtOnceBoundToItsFile() throws Exception {
        Path file = copyOfSample();
        files.openFile(file, CompletableFuture.completedFuture(ProjectFile.load(file)));
        assertEquals(sample, document.project());
        assertEquals(Optional.of(file), document.file());
        assertFalse(document.isDirty());
        assertEquals(List.of(file.toAbsolutePath().normalize()), recent.files());
        assertEquals(List.of("Opened trips.roadshow"), feedback.messages);
    }

    @Test
    void aFileStillBeingReadShowsBusyThenOpens() throws Exception {
        Path file = copyOfSample();
        CompletableFuture<LoadedProject> reading = new CompletableFuture<>();
        files.openFile(file, reading);
        assertTrue(feedback.busy);
        assertEquals(Project.empty(), document.project());
        reading.complete(ProjectFile.load(file));
        assertFalse(feedback.busy);
        assertEquals(Optional.of(file), document.file());
    }

    @Test
    void aFileThatFailedWhileTheWindowWasBuiltIsReportedWithItsLine() throws Exception {
        Path broken = dir.resolve("broken.roadshow");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"name\": \"x\",,\n}\n", StandardCharsets.UTF_8);
        CompletableFuture<LoadedProject> reading = new CompletableFuture<>();
        try {
            reading.complete(ProjectFile.load(broken));
        } catch (ProjectFileException e) {
            reading.completeExceptionally(e);
        }
        files.openFile(broken, reading);
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.get(0).contains("broken.roadshow, line 3"), prompts.errors.get(0));
        assertEquals(Project.empty(), document.project());
        assertEquals(Optional.empty(), document.file());
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndTheOpenProjectIsKept() throws Exception {
        Path broken = dir.resolve("broken.roadshow");
        Files.writeString(broken, "{\n  \"formatVersion\": 1,\n  \"name\": \"x\",,\n}\n", StandardCharsets.UTF_8);
        files.openTemplate(sample, "sample");
        document.apply(Edits.renameProject("Mine"));
        Project before = document.project();

        files.openFile(broken);

        assertEquals(1, prompts.errors.size());
        String error = prompts.errors.get(0);
        assertTrue(error.contains("broken.roadshow"), error);
        assertTrue(error.contains("line 3"), error);
        assertSame(before, document.project());
        assertTrue(document.isDirty());
        assertFalse(prompts.asked.contains("save changes to Untitled"), "no question when nothing would be replaced");
        assertFalse(feedback.busy);
    }

    @Test
    void openingOverUnsavedChangesAsksFirst() throws Exception {
        Path file = copyOfSample();
        document.apply(Edits.renameProject("Unsaved"));

        prompts.answerSaveChanges(SaveChoice.CANCEL);
        files.openFile(file);
        assertEquals("Unsaved", document.project().name());

        prompts.answerSaveChanges(SaveChoice.DISCARD);
        files.openFile(file);
        assertEquals(sample, document.project());
        assertEquals(Optional.of(file), document.file());
        assertFalse(document.isDirty());
        assertFalse(document.isReadOnly());
        assertNull(feedback.readOnlyReason);
    }

    @Test
    void newAfterSaveAnswerSavesThenStartsOver() throws Exception {
        Path file = copyOfSample();
        files.openFile(file);
        document.apply(Edits.renameProject("Renamed"));
        prompts.answerSaveChanges(SaveChoice.SAVE);
        assertTrue(files.newProject());
        assertEquals("Renamed", ProjectFile.load(file).project().name());
        assertEquals(Project.empty(), document.project());
        assertEquals(Optional.empty(), document.file());
    }

    @Test
    void aFileFromANewerRoadshowIsReadOnlyAndSaveBecomesSaveAs() throws Exception {
        Path newer = dir.resolve("newer.roadshow");
        Files.writeString(newer, Files.readString(SAMPLE).replace("\"formatVersion\": 1", "\"formatVersion\": 7"));
        files.openFile(newer);
        assertTrue(document.isReadOnly());
        assertNotNull(feedback.readOnlyReason);
        assertTrue(feedback.readOnlyReason.contains("newer"), feedback.readOnlyReason);

        prompts.saveTo(dir.resolve("copy.roadshow"));
        assertTrue(files.save());
        assertEquals(List.of("save as newer.roadshow"), prompts.asked);
        assertFalse(document.isReadOnly());
        assertNull(feedback.readOnlyReason);
        assertEquals(sample, ProjectFile.load(dir.resolve("copy.roadshow")).project());
        assertTrue(Files.readString(newer).contains("\"formatVersion\": 7"), "the newer file is untouched");
    }

    @Test
    void aRecentFileThatIsGoneIsRemovedWithAMessage() {
        Path gone = dir.resolve("gone.roadshow");
        recent.add(gone);
        files.openRecent(gone);
        assertEquals(List.of(), recent.files());
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.get(0).contains("removed from Open Recent"), prompts.errors.get(0));
    }

    @Test
    void aFailedSaveKeepsTheChangesAndSaysWhere() throws Exception {
        files.openTemplate(sample, "sample");
        document.apply(Edits.renameProject("Mine"));
        prompts.saveTo(dir.resolve("no such folder").resolve("x.roadshow"));
        assertFalse(files.save());
        assertTrue(document.isDirty());
        assertEquals(Optional.empty(), document.file());
        assertTrue(prompts.errors.get(0).contains("x.roadshow"), prompts.errors.get(0));
    }

    @Test
    void extensionIsAddedOnlyWhenMissing() {
        assertEquals(Path.of("a/b.roadshow"), FileCommands.withExtension(Path.of("a/b")));
        assertEquals(Path.of("a/b.ROADSHOW"), FileCommands.withExtension(Path.of("a/b.ROADSHOW")));
        assertEquals(Path.of("a/b.json.roadshow"), FileCommands.withExtension(Path.of("a/b.json")));
        assertEquals("FOSDEM - 2017.roadshow", FileCommands.suggestedName("FOSDEM / 2017"));
    }
}
