package org.roadshow.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.roadshow.edit.RosterEdits;
import org.roadshow.io.pdf.PageSetup;
import org.roadshow.io.pdf.PdfReport;
import org.roadshow.io.print.RosterPdf;
import org.roadshow.io.print.RosterSheet;
import org.roadshow.io.print.RosterText;
import org.roadshow.io.project.ProjectFile;
import org.roadshow.io.project.ProjectFileException;
import org.roadshow.io.roster.RosterCsv;
import org.roadshow.model.Booth;
import org.roadshow.model.Project;
import org.roadshow.model.Shift;
import org.roadshow.model.Trip;
import org.roadshow.plan.roster.FillResult;
import org.roadshow.plan.roster.RosterFill;
import org.roadshow.plan.roster.ShiftPlan;
import org.roadshow.plan.roster.Unfilled;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roadshow roster}: a booth's duty roster; auto-fills it and saves the project with --fill. */
@Command(name = "roster", mixinStandardHelpOptions = true,
        description = {"Show a booth's duty roster: each shift, who is on it, and why places are empty.",
                "With --fill, fill it fairly around everyone's talks, travel and availability (people put on "
                        + "shifts by hand stay) and save the project. A booth without shifts gets them from its "
                        + "opening hours first."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the project could not be read or saved, or the CSV or PDF not written",
                "2:bad arguments (unknown booth)"})
public final class RosterCommand implements Callable<Integer> {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the .roadshow project file")
    Path projectFile;

    @Option(names = "--booth", required = true, paramLabel = "NAME", description = "the booth")
    String boothName;

    @Option(names = "--fill", description = "auto-fill the roster and save the project")
    boolean fill;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the roster as CSV")
    Path csv;

    @Option(names = "--pdf", paramLabel = "FILE", description = "also save the roster as PDF (landscape, the usual "
            + "paper of your locale: A4, or Letter in the US and Canada)")
    Path pdf;

    @Option(names = "--json", description = "print the roster as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        CommandRun run = new CommandRun("roster", spec);
        try {
            return roster(run);
        } catch (CommandRun.Stop stop) {
            return run.exit(stop);
        }
    }

    private int roster(CommandRun run) throws JsonProcessingException {
        PrintWriter out = run.out();
        Project project = fill ? run.loadForSaving(projectFile) : run.load(projectFile).project();
        List<Booth> booths = project.trips().stream().flatMap(t -> t.items(Booth.class).stream()).toList();
        Booth booth = run.find(projectFile, "booth", boothName, booths, Booth::name);
        Trip trip = project.tripOf(booth.id()).orElseThrow();
        FillResult result;
        if (fill) {
            if (trip.items(Shift.class).stream().noneMatch(s -> booth.id().equals(s.boothId()))) {
                project = RosterEdits.replaceShifts(trip.id(), booth.id(), ShiftPlan.generate(booth, List.of()))
                        .apply(project);
                trip = project.trip(trip.id()).orElseThrow();
            }
            result = RosterFill.fill(project, trip, booth);
            project = RosterEdits.fill(trip.id(), result.shifts()).apply(project);
            try {
                ProjectFile.save(project, projectFile);
            } catch (ProjectFileException e) {
                return run.fail(CommandRun.FAILED, e.getMessage());
            }
        } else {
            result = RosterFill.check(project, trip, booth);
        }
        if (csv != null) {
            try {
                RosterCsv.write(csv, project, booth, result.shifts());
            } catch (IOException e) {
                return run.fail(CommandRun.FAILED, csv + ": cannot write the CSV: " + e.getMessage());
            }
        }
        if (pdf != null) {
            RosterSheet sheet = RosterSheet.of(project, trip, booth);
            try {
                new PdfReport(PageSetup.usualFor(Locale.getDefault(), PageSetup.Orientation.LANDSCAPE),
                        RosterText.title(sheet), LocalDate.now(), Locale.getDefault())
                        .save(pdf, new RosterPdf(sheet, false));
            } catch (IOException e) {
                return run.fail(CommandRun.FAILED, pdf + ": cannot write the PDF: " + e.getMessage());
            }
        }
        out.print(json ? json(booth, result) : text(project, booth, result));
        out.flush();
        return 0;
    }

    private String text(Project project, Booth booth, FillResult result) {
        Map<UUID, Unfilled> shortOf = result.unfilled().stream().collect(Collectors.toMap(Unfilled::shiftId,
                Function.identity()));
        StringBuilder b = new StringBuilder();
        b.append(booth.name()).append(" (").append(booth.zone()).append("), ").append(booth.minStaff()).append('-')
                .append(booth.maxStaff()).append(" a shift").append(fill ? ": filled and saved" : "").append('\n');
        String day = "";
        for (Shift s : result.shifts()) {
            String d = s.start().time().toLocalDate().toString();
            if (!d.equals(day)) {
                b.append(d).append('\n');
                day = d;
            }
            List<String> names = s.people().stream().map(p -> project.personName(p) + (s.isPinned(p) ? " (pinned)" : ""))
                    .toList();
            b.append("  ").append(HM.format(s.start().time())).append('-').append(HM.format(s.end().time()))
                    .append("  ").append(names.isEmpty() ? "nobody" : String.join(", ", names)).append('\n');
            Unfilled u = shortOf.get(s.id());
            if (u != null) {
                b.append("    ").append(u.missing()).append(u.missing() == 1 ? " place" : " places")
                        .append(" empty: ").append(u.reason()).append('\n');
            }
        }
        if (result.shifts().isEmpty()) {
            b.append("  no shifts yet (--fill makes them from the opening hours)\n");
        }
        return b.toString();
    }

    private String json(Booth booth, FillResult result) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode shifts = root.putArray("shifts");
        for (Shift s : result.shifts()) {
            ObjectNode n = shifts.addObject();
            n.put("id", s.id().toString());
            n.put("start", s.start().zoned().toOffsetDateTime().toString());
            n.put("end", s.end().zoned().toOffsetDateTime().toString());
            ArrayNode people = n.putArray("people");
            s.people().forEach(p -> people.add(p.toString()));
            n.put("min", booth.minStaff());
            n.put("max", booth.maxStaff());
        }
        ArrayNode unfilled = root.putArray("unfilled");
        for (Unfilled u : result.unfilled()) {
            unfilled.addObject().put("shift", u.shiftId().toString()).put("missing", u.missing())
                    .put("reason", u.reason());
        }
        return mapper.writeValueAsString(root) + "\n";
    }
}
