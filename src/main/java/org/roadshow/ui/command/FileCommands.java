package org.roadshow.ui.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.roadshow.io.project.LoadedProject;
import org.roadshow.io.project.ProjectBackup;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.io.project.ProjectFileException;
import org.roadshow.model.Project;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.Prompts;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.settings.RecentFiles;

/**
 * New, Open, Save, Save As, Close and Open Recent. Nothing unsaved is lost without asking (changes typed
 * into a form but not applied are settled first), and a file that fails to load or save leaves the open
 * project as it was.
 *
 * <p>Loading runs on the background executor (a project with imported programmes can be large) and the
 * "save changes?" question comes only once the file has loaded, so a broken file costs nothing. Saving
 * runs on the FX thread: it is quick, and it marks exactly the snapshot written as the save point.
 */
public final class FileCommands {
    /** How file work reports back to the window. */
    public interface Feedback {
        void status(String message);

        void busy(boolean busy);

        /** The reason the document is read-only, or null when it is not. */
        void readOnlyReason(String reason);

        /**
         * Settles changes typed into a form but not applied, before the project is saved, replaced or closed:
         * true to go on (they were applied or discarded), false when the user keeps editing.
         */
        default boolean settlePendingChanges() {
            return true;
        }
    }

    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT);

    private final Document document;
    private final Prompts prompts;
    private final RecentFiles recent;
    private final Background background;
    private final Feedback feedback;
    private final UnsavedChangesGuard guard;

    public FileCommands(Document document, Prompts prompts, RecentFiles recent, Background background,
                        Feedback feedback) {
        this.document = document;
        this.prompts = prompts;
        this.recent = recent;
        this.background = background;
        this.feedback = feedback;
        this.guard = new UnsavedChangesGuard(document::isDirty, this::documentName, prompts, this::save);
    }

    /** The file name shown in the title and in prompts: "name.roadshow", "Untitled" or "Sample project". */
    public String documentName() {
        return document.file().map(f -> f.getFileName().toString()).orElseGet(document::untitledName);
    }

    /** True when the open project may be replaced or closed (asks about unsaved changes). */
    public boolean mayDiscard() {
        return feedback.settlePendingChanges() && guard.mayDiscard();
    }

    public boolean newProject() {
        return startOver("New project");
    }

    /** Closes the file and leaves an empty new project. */
    public boolean close() {
        return startOver("Closed " + documentName());
    }

    private boolean startOver(String message) {
        if (!mayDiscard()) {
            return false;
        }
        document.replace(Project.empty(), null, false);
        feedback.readOnlyReason(null);
        feedback.status(message);
        return true;
    }

    /** What the bundled sample is called until it is saved. */
    public static final String SAMPLE_NAME = "Sample project";

    /** Opens the sample as a template: nothing is bound to a file, so Save asks where. */
    public void openTemplate(Project project, String message) {
        document.replace(project, null, false, SAMPLE_NAME);
        feedback.readOnlyReason(null);
        feedback.status(message);
    }

    public void open() {
        prompts.chooseFileToOpen(initialFolder()).ifPresent(this::openFile);
    }

    public void openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            recent.remove(file);
            prompts.error("“" + file.getFileName() + "” is no longer there",
                    file + " was moved or deleted. It has been removed from Open Recent.");
            return;
        }
        openFile(file);
    }

    /** Loads the file in the background; once loaded, asks about unsaved changes and shows it. */
    public void openFile(Path file) {
        feedback.busy(true);
        feedback.status("Opening " + file.getFileName() + "…");
        background.run(() -> ProjectFile.load(file), loaded -> opened(file, loaded), error -> failed(file, error));
    }

    /**
     * Shows a file whose reading started elsewhere (the one named on the command line, read while the
     * window was being built): at once if it is already read, else once it is.
     */
    public void openFile(Path file, CompletableFuture<LoadedProject> reading) {
        if (!reading.isDone()) {
            feedback.busy(true);
            feedback.status("Opening " + file.getFileName() + "…");
        }
        background.await(reading, loaded -> opened(file, loaded), error -> failed(file, error));
    }

    private void opened(Path file, LoadedProject loaded) {
        feedback.busy(false);
        show(file, loaded);
    }

    private void failed(Path file, Exception error) {
        if (error instanceof ProjectFileException damaged && ProjectBackup.helpsWith(damaged)) {
            // the backup is read off the FX thread too, before the error is shown
            background.run(() -> ProjectBackup.of(file), backup -> report(file, damaged, backup),
                    e -> report(file, damaged, Optional.empty()));
            return;
        }
        feedback.busy(false);
        feedback.status("Could not open " + file.getFileName());
        prompts.error("Could not open “" + file.getFileName() + "”", describe(file, error));
    }

    /** A damaged file: what is wrong in words, the detail beneath, and the backup to open instead when it reads. */
    private void report(Path file, ProjectFileException damaged, Optional<ProjectBackup> backup) {
        feedback.busy(false);
        feedback.status("Could not open " + file.getFileName());
        StringBuilder detail = new StringBuilder(damaged.place());
        damaged.technical().ifPresent(t -> detail.append('\n').append(t));
        backup.ifPresent(b -> detail.append("\n\nA backup from before the last save, ").append(b.file().getFileName())
                .append(" (").append(BACKUP_TIME.format(b.modified().atZone(ZoneId.systemDefault())))
                .append("), opens without problems."));
        boolean openBackup = prompts.fileProblem("Could not open “" + file.getFileName() + "”", damaged.sentence(),
                detail.toString(), backup.isPresent() ? "Open Backup" : null);
        if (openBackup) {
            showBackup(file, backup.get());
        }
    }

    /**
     * Shows the backup in place of the damaged file, bound to that file and marked unsaved: saving puts it back in
     * place; closing without saving leaves both files as they are.
     */
    private void showBackup(Path file, ProjectBackup backup) {
        if (!mayDiscard()) {
            feedback.status("Open cancelled");
            return;
        }
        LoadedProject loaded = backup.loaded();
        document.replace(loaded.project(), file, loaded.readOnly());
        if (!loaded.readOnly()) {
            document.markUnsaved();
        }
        feedback.readOnlyReason(loaded.readOnly() ? readOnlyText(loaded) : null);
        recent.add(file);
        feedback.status("Opened the backup " + backup.file().getFileName() + " in place of the damaged "
                + file.getFileName() + "; save to put it back");
    }

    private void show(Path file, LoadedProject loaded) {
        if (!mayDiscard()) {
            feedback.status("Open cancelled");
            return;
        }
        document.replace(loaded.project(), file, loaded.readOnly());
        feedback.readOnlyReason(loaded.readOnly() ? readOnlyText(loaded) : null);
        recent.add(file);
        feedback.status("Opened " + file.getFileName());
    }

    private static String readOnlyText(LoadedProject loaded) {
        String reason = loaded.readOnlyReason();
        return reason == null || reason.isBlank()
                ? "This file was written by a newer version of Roadshow. It is open read-only; "
                        + "use File › Save As… to keep a copy in this version's format."
                : reason;
    }

    /** Saves to the current file; asks for one (Save As) when there is none or the file is read-only. */
    public boolean save() {
        if (!feedback.settlePendingChanges()) {
            return false;
        }
        if (document.isReadOnly() || document.file().isEmpty()) {
            return saveAs();
        }
        return write(document.file().get());
    }

    public boolean saveAs() {
        if (!feedback.settlePendingChanges()) {
            return false;
        }
        String suggested = document.file().map(f -> f.getFileName().toString())
                .orElse(suggestedName(document.project().name()));
        return prompts.chooseFileToSave(initialFolder(), suggested)
                .map(FileCommands::withExtension)
                .map(this::write)
                .orElse(false);
    }

    private boolean write(Path file) {
        try {
            ProjectFile.save(document.project(), file);
        } catch (ProjectFileException | RuntimeException e) {
            java.util.logging.Logger.getLogger(FileCommands.class.getName())
                    .log(java.util.logging.Level.WARNING, "Could not save " + file, e);
            feedback.status("Could not save " + file.getFileName());
            prompts.error("Could not save “" + file.getFileName() + "”",
                    describe(file, e) + "\n\nYour changes are still open; try another folder or name.");
            return false;
        }
        document.markSaved(file);
        feedback.readOnlyReason(null);
        recent.add(file);
        feedback.status("Saved " + file.getFileName());
        return true;
    }

    /** Adds ".roadshow" unless the name already ends with it. */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(ProjectFile.EXTENSION)) {
            return file;
        }
        return file.resolveSibling(name + ProjectFile.EXTENSION);
    }

    static String suggestedName(String projectName) {
        String base = projectName == null ? "" : projectName.strip().replaceAll("[\\\\/:*?\"<>|]", "-");
        return (base.isEmpty() ? "Untitled" : base) + ProjectFile.EXTENSION;
    }

    private Path initialFolder() {
        return document.file().map(Path::getParent)
                .or(() -> recent.files().stream().findFirst().map(Path::getParent))
                .filter(Files::isDirectory)
                .orElse(Path.of(System.getProperty("user.home")));
    }

    private static String describe(Path file, Exception e) {
        if (e instanceof ProjectFileException) {
            return e.getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return file + ": " + message;
    }
}
