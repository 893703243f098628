package org.roadshow.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.roadshow.io.schedule.ScheduleImport;
import org.roadshow.io.schedule.ScheduleImportResult;

/**
 * Import of FOSDEM 2021 (773 sessions, 1.6 MB) against a bare StAX pass over the same bytes with the same
 * hardened factory settings, warm, median of alternated runs in the same JVM. Goal: under 150 ms and at
 * most twice the bare pass. Run: {@code java -cp target/classes:target/test-classes:<deps>
 * org.roadshow.bench.ScheduleImportBench [rounds]}.
 */
public final class ScheduleImportBench {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private ScheduleImportBench() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 30);
    }

    public static void run(int rounds) throws Exception {
        byte[] data;
        try (InputStream in = ScheduleImportBench.class.getResourceAsStream("/schedules/fosdem_2021.xml")) {
            data = in.readAllBytes();
        }
        for (int i = 0; i < 20; i++) { // warm-up: JIT both paths
            bare(data);
            importOnce(data);
        }
        List<Long> imports = new ArrayList<>();
        List<Long> passes = new ArrayList<>();
        int sessions = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            bare(data);
            long t1 = System.nanoTime();
            sessions = importOnce(data);
            long t2 = System.nanoTime();
            passes.add(t1 - t0);
            imports.add(t2 - t1);
        }
        double imp = median(imports) / 1e6;
        double pass = median(passes) / 1e6;
        System.out.printf("fosdem import: %.1f ms (bare StAX pass: %.1f ms, ratio %.2f; %d sessions, median of %d; "
                + "goal < 150 ms and ratio <= 2)%n", imp, pass, imp / pass, sessions, rounds);
    }

    private static int importOnce(byte[] data) throws Exception {
        ScheduleImportResult result = ScheduleImport.parse(data, "fosdem_2021.xml").toResult(BRUSSELS);
        return result.sessions().size();
    }

    /** Every event read and every text materialised, nothing built: the floor for any StAX importer. */
    private static long bare(byte[] data) throws Exception {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(data));
        long chars = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                chars += r.getText().length();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                chars += r.getLocalName().length() + r.getAttributeCount();
            }
        }
        r.close();
        return chars;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
