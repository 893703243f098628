package org.roadshow.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.roadshow.edit.ItemFactory;
import org.roadshow.io.project.LoadedProject;
import org.roadshow.io.project.SampleProjects;
import org.roadshow.io.roster.RosterCsv;
import org.roadshow.model.Item;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.plan.MergeReport;
import org.roadshow.plan.ProgrammeUpdate;
import org.roadshow.ui.calendar.CalendarPane;
import org.roadshow.ui.checklist.ChecklistView;
import org.roadshow.ui.command.EditCommands;
import org.roadshow.ui.command.FileCommands;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxPrompts;
import org.roadshow.ui.common.Prompts;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.conflicts.ConflictsCount;
import org.roadshow.ui.conflicts.ConflictsPanel;
import org.roadshow.ui.conflicts.ProjectConflicts;
import org.roadshow.ui.document.Selection;
import org.roadshow.ui.export.ExportCalendarDialog;
import org.roadshow.ui.export.FolderOpener;
import org.roadshow.ui.form.WeekStart;
import org.roadshow.ui.programme.ImportProgrammeDialog;
import org.roadshow.ui.print.PrinterAccess;
import org.roadshow.ui.print.Printing;
import org.roadshow.ui.programme.ProgrammeView;
import org.roadshow.ui.roster.RosterExports;
import org.roadshow.ui.roster.RosterFiles;
import org.roadshow.ui.roster.RosterView;
import org.roadshow.ui.settings.Settings;
import org.roadshow.ui.timeline.TimelineView;
import org.roadshow.ui.window.Actions;
import org.roadshow.ui.window.MainWindow;
import org.roadshow.ui.window.ViewTab;

/** The JavaFX application: the one place that wires the document, the views and the services. */
public final class RoadshowApp extends Application {
    /** The project being read since {@code main}, taken by the window when it starts. */
    private static volatile StartupLoad startupLoad;

    private static final String SAMPLE_OPENED = "Opened the sample project. Save it to keep your changes.";

    private ExecutorService pool;

    /** Everything the window is made of, wired once. Tests build it with their own prompts, settings and executors. */
    public record Wiring(Document document, Selection selection, MainWindow window, Actions actions,
                         FileCommands files, EditCommands edits, Background background, Settings settings) {
    }

    static void start(String[] args) {
        Application.launch(RoadshowApp.class, args);
    }

    public static Wiring wire(Stage stage, Settings settings, Function<Stage, Prompts> promptsFor,
                              Background background, Runnable exit) {
        Document document = new Document(Project.empty(), null, false);
        Selection selection = new Selection();
        Prompts prompts = promptsFor.apply(stage);
        EditCommands edits = new EditCommands(document, selection, prompts, new ItemFactory(Clock.systemDefaultZone()));
        MainWindow window = new MainWindow(stage, document, selection, edits, settings.theme());
        FileCommands files = new FileCommands(document, prompts, settings.recentFiles(), background, window);
        Actions actions = new Actions(document, selection, files, edits, settings, window, prompts, exit);
        Wiring wiring = new Wiring(document, selection, window, actions, files, edits, background, settings);
        plugInRoster(wiring, prompts, PrinterAccess.system());
        plugInViews(wiring, prompts);
        return wiring;
    }

    /** The views and the import/export dialogs that live in their own packages. */
    private static void plugInViews(Wiring w, Prompts prompts) {
        Document document = w.document();
        Stage stage = w.window().stage();
        Runnable importProgramme = () -> {
            if (document.isReadOnly() || document.project().trips().isEmpty()) {
                return;
            }
            ImportProgrammeDialog dialog = new ImportProgrammeDialog(document, w.background(),
                    ImportProgrammeDialog.fileChooser(), w.selection().trip().orElse(null));
            dialog.initOwner(stage);
            dialog.showAndWait().ifPresent(update -> programmeImported(w, update));
        };
        w.window().setTabContent(ViewTab.PROGRAMME, () -> {
            ProgrammeView programme = new ProgrammeView(document, w.settings());
            programme.setOnImport(importProgramme);
            programme.setOnUpdate((trip, shown) -> {
                if (!document.isReadOnly()) {
                    updateProgramme(w, Optional.of(trip), shown);
                }
            });
            return programme;
        });

        ProjectConflicts conflicts = new ProjectConflicts(document, w.background());
        ConflictsPanel panel = new ConflictsPanel(document, w.selection(), conflicts);
        panel.setOnHide(() -> w.window().showPanel(false));
        w.window().dockPanel(panel, new ConflictsCount(conflicts, w.window()::togglePanel));
        w.window().setTabContent(ViewTab.TIMELINE, () -> new TimelineView(document, w.selection(), w.window()::status,
                conflicts::ofTrip));
        w.window().setTabContent(ViewTab.CALENDAR, () -> new CalendarPane(document, w.selection(),
                new ItemFactory(Clock.systemDefaultZone())));
        w.window().setTabContent(ViewTab.CHECKLIST, () -> {
            ChecklistView checklist = new ChecklistView(document, w.selection(), Clock.systemDefaultZone());
            checklist.enablePrinting(new Printing(stage, PrinterAccess.system(), prompts, w.window()::status, LocalDate::now),
                    prompts, () -> document.file().map(Path::toAbsolutePath).map(Path::getParent)
                            .orElse(Path.of(System.getProperty("user.home", "."))));
            return checklist;
        });

        MenuItem importItem = new MenuItem("Import Programme…");
        importItem.setOnAction(e -> importProgramme.run());
        importItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> document.isReadOnly() || document.project().trips().isEmpty(),
                document.readOnlyProperty(), document.projectProperty()));
        MenuItem exportItem = new MenuItem("Export Calendar…");
        exportItem.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportItem.setOnAction(e -> new ExportCalendarDialog(document.project(), w.background(), stage)
                .offerSelection(selectedItems(w.selection().get(), document.project()))
                .inFolder(document.file().map(Path::toAbsolutePath).map(Path::getParent)
                        .orElse(Path.of(System.getProperty("user.home", "."))))
                .remembering(document.file().map(w.settings()::forProject).orElse(null))
                .openingFoldersWith(FolderOpener.desktop())
                .show());
        exportItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> document.project().trips().isEmpty(), document.projectProperty()));
        MenuItem updateItem = new MenuItem("Update Programme…");
        updateItem.setOnAction(e -> updateProgramme(w, w.selection().trip(), null));
        updateItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> document.isReadOnly() || ProgrammeChoice.fromWeb(document.project(), w.selection().trip()).isEmpty(),
                document.readOnlyProperty(), document.projectProperty(), w.selection().keyProperty()));
        w.actions().addFileMenuItems(importItem, updateItem, exportItem);
    }

    /**
     * File › Update Programme, and the button of that name on the Programme tab: {@code programme} in {@code trip},
     * or a programme from a web address in the trip (asked which when there are several; every trip's when no trip
     * is given), fetched again only if it changed. It ends as an import does ({@link #programmeImported}); "no
     * change" goes to the status bar.
     */
    static void updateProgramme(Wiring w, Optional<UUID> trip, UUID programme) {
        ProgrammeChoice.choose(w.document().project(), trip, programme, w.window().stage()).ifPresent(chosen -> {
            ImportProgrammeDialog dialog = new ImportProgrammeDialog(w.document(), w.background(),
                    ImportProgrammeDialog.fileChooser(), chosen.tripId());
            dialog.initOwner(w.window().stage());
            dialog.updateFrom(chosen.tripId(), chosen.programme().id(), w.window()::status);
            dialog.showAndWait().ifPresent(update -> programmeImported(w, update));
        });
    }

    /**
     * After an import or update has been applied: the status bar says what came in, and the Programme tab
     * opens on that programme with no filter hiding it.
     */
    public static void programmeImported(Wiring w, ProgrammeUpdate update) {
        String trip = w.document().project().trip(update.tripId()).map(Trip::name).orElse("the trip");
        int sessions = update.after().sessions().size();
        MergeReport report = update.report();
        w.window().status(update.isUpdate()
                ? "Updated \u201c" + update.after().name() + "\u201d in " + trip + ": " + report.lines().get(0)
                : "Imported \u201c" + update.after().name() + "\u201d into " + trip + ": " + sessions
                        + (sessions == 1 ? " session." : " sessions."));
        w.window().showTab(ViewTab.PROGRAMME);
        if (w.window().tabContent(ViewTab.PROGRAMME) instanceof ProgrammeView view) {
            view.showImported(update.tripId(), update.after().id());
        }
    }

    /** The Roster tab's Save CSV…: the same file as {@code roadshow roster --csv}. */
    static final RosterExports.CsvWriter ROSTER_CSV = (state, file) -> RosterCsv.write(file, state.project(),
            state.booth(), state.shifts());

    /** The Roster tab, built when first shown; its printing and files go through the window's prompts. */
    static void plugInRoster(Wiring w, Prompts prompts, PrinterAccess printers) {
        Stage stage = w.window().stage();
        w.window().setTabContent(ViewTab.ROSTER, () -> {
            Printing printing = new Printing(stage, printers, prompts, w.window()::status, LocalDate::now);
            Path folder = w.document().file().map(Path::toAbsolutePath).map(Path::getParent)
                    .orElse(Path.of(System.getProperty("user.home", ".")));
            RosterExports.Context context = new RosterExports.Context(w.background(), prompts,
                    RosterFiles.chooser(stage, folder), w.window()::status, LocalDate::now, ROSTER_CSV);
            return new RosterView(w.document(), printing, context);
        });
    }

    /** The items the sidebar selection stands for: one item, or every item of a kind group. */
    static List<UUID> selectedItems(NodeKey key, Project project) {
        return switch (key.type()) {
            case ITEM -> List.of(key.id());
            case GROUP -> project.trip(key.tripId()).stream().flatMap(t -> t.items().stream())
                    .filter(i -> i.kind() == key.kind()).map(Item::id).toList();
            default -> List.of();
        };
    }

    @Override
    public void start(Stage stage) {
        // date pickers and the calendar start weeks on the day LC_TIME's region says, which the JVM ignores
        Locale.setDefault(Locale.Category.FORMAT,
                WeekStart.locale(System.getenv(), Locale.getDefault(Locale.Category.FORMAT)));
        start(stage, takeStartupLoad(getParameters().getUnnamed()));
    }

    /** Opens the window on what {@code load} reads: it shows the project once read (at once if it already is). */
    void start(Stage stage, StartupLoad load) {
        StartupProbe.step("toolkit started");
        pool = Executors.newFixedThreadPool(2, daemonThreads());
        Settings settings = load.settings();
        StartupProbe.step("settings read");
        Function<Stage, Prompts> prompts = StartupProbe.enabled() ? StartupProbe::prompts : FxPrompts::new;
        Wiring w = wire(stage, settings, prompts, new Background(pool, Platform::runLater), Platform::exit);
        w.actions().setLogFolder(AppLog.folder());
        StartupProbe.step("window built");
        if (StartupProbe.enabled()) {
            StartupProbe.install(stage, w.document(), w.window());
        }
        if (load.file().isPresent()) {
            w.files().openFile(load.file().get(), load.result());
        } else {
            openSample(w, load.result());
        }
        w.window().show(settings.preferences());
        StartupProbe.step("window shown");
    }

    /** Begins reading the project the window opens with; {@link Launcher} does so before the toolkit starts. */
    static void beginStartupLoad(List<String> files) {
        startupLoad = StartupLoad.begin(files);
    }

    private static StartupLoad takeStartupLoad(List<String> files) {
        StartupLoad load = startupLoad;
        startupLoad = null;
        return load != null && load.isFor(files) ? load : StartupLoad.begin(files);
    }

    /**
     * Shows the bundled sample as a template: it is not bound to a file, so Save asks where to put it.
     * If the user has already started a project by the time it is read, it is skipped.
     */
    static void openSample(Wiring w) {
        CompletableFuture<LoadedProject> reading = new CompletableFuture<>();
        w.background().run(SampleProjects::loadSample, reading::complete, reading::completeExceptionally);
        openSample(w, reading);
    }

    static void openSample(Wiring w, CompletableFuture<LoadedProject> reading) {
        w.background().await(reading, loaded -> {
            if (!w.document().isDirty() && !w.document().canUndoProperty().get() && w.document().file().isEmpty()) {
                w.files().openTemplate(loaded.project(), SAMPLE_OPENED);
            }
        }, error -> w.window().status("The sample project could not be opened: " + error.getMessage()));
    }

    @Override
    public void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "roadshow-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
