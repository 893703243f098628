package org.roadshow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roadshow.io.print.RosterFixtures;
import org.roadshow.io.roster.RosterCsv;
import org.roadshow.ui.common.Background;
import org.roadshow.ui.common.FxWait;
import org.roadshow.ui.common.ScriptedPrompts;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.print.PrinterAccess;
import org.roadshow.ui.print.Printing;
import org.roadshow.ui.roster.RosterExports;
import org.roadshow.ui.roster.RosterState;
import org.roadshow.ui.roster.RosterView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Roster tab's Save CSV… with the app's writer: the file reads back to the roster on screen. */
@ExtendWith(ApplicationExtension.class)
class RosterCsvSaveTest {
    @TempDir
    Path dir;
    private Path saveTo;
    private RosterView view;
    private final List<String> status = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Document document = new Document(RosterFixtures.project(), null, false);
        ScriptedPrompts prompts = new ScriptedPrompts();
        Printing printing = new Printing(stage, PrinterAccess.none(), prompts, status::add, () -> LocalDate.of(2017, 1, 30));
        RosterExports.Context context = new RosterExports.Context(Background.direct(), prompts,
                (title, name, description, ext) -> Optional.ofNullable(saveTo), status::add,
                () -> LocalDate.of(2017, 1, 30), RoadshowApp.ROSTER_CSV);
        view = new RosterView(document, printing, context);
        stage.setScene(new Scene(view, 1240, 760));
        stage.show();
    }

    @Test
    void saveCsvWritesEveryoneOnEveryShift(FxRobot robot) throws Exception {
        saveTo = dir.resolve("roster.csv");
        robot.clickOn("Save CSV…");
        FxWait.until("the CSV is saved", () -> status.contains("Saved the roster to roster.csv."));
        RosterState state = view.current().orElseThrow();
        List<RosterCsv.Row> read = RosterCsv.read(Files.readString(saveTo));
        assertEquals(RosterCsv.rows(state.project(), state.booth(), state.shifts()), read);
        assertTrue(read.stream().anyMatch(r -> r.person().equals("Zoë Müller") && r.date().equals("2017-02-04")), read.toString());
    }
}
