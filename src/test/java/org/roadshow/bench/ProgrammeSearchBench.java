package org.roadshow.bench;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.model.Session;
import org.roadshow.ui.document.Document;
import org.roadshow.ui.programme.ProgrammeViewModel;

/**
 * The Programme tab's filtering with 1,400 sessions: the time one keystroke in the search field takes to
 * re-filter the table's list (no toolkit needed: the view model is plain properties and lists), next to
 * the time of one frame at 60 Hz. Run like {@link ProgrammeImportBench}.
 */
public final class ProgrammeSearchBench {
    private ProgrammeSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    public static void run() throws Exception {
        byte[] data;
        try (var in = ProgrammeSearchBench.class.getResourceAsStream("/schedules/fosdem_2021.xml")) {
            data = in.readAllBytes();
        }
        Programme fosdem = ProgrammeImport.parse(data, "fosdem_2021.xml").toResult(ZoneId.of("Europe/Brussels"))
                .toProgramme(Instant.now());
        List<Session> sessions = Stream.concat(fosdem.sessions().stream(), fosdem.sessions().stream()
                .map(s -> s.withIdentity(UUID.randomUUID(), s.starredBy()))).limit(1400).toList();
        Project project = Edits.putProgramme(SampleProjectBuilder.FOSDEM_TRIP, fosdem.withSessions(sessions), "Import")
                .apply(SampleProjectBuilder.build());
        ProgrammeViewModel vm = new ProgrammeViewModel(new Document(project, null, false));
        String[] typing = {"c", "co", "con", "cont", "conta", "contai", "contain", "containe", "container", "containers", ""};
        for (int i = 0; i < 50; i++) {
            for (String q : typing) {
                vm.queryProperty().set(q);
            }
        }
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (String q : typing) {
                long t0 = System.nanoTime();
                vm.queryProperty().set(q);
                times.add(System.nanoTime() - t0);
            }
        }
        Collections.sort(times);
        System.out.printf("programme search keystroke over %d sessions: median %.2f ms, worst %.2f ms (one frame: 16.7 ms)%n",
                sessions.size(), times.get(times.size() / 2) / 1e6, times.get(times.size() - 1) / 1e6);
    }
}
