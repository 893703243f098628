package org.roadshow.bench;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.ZoneId;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.io.programme.ProgrammeImportResult;

/**
 * Import of FOSDEM 2021 (773 sessions, 1.6 MB) against a bare StAX pass over the same bytes with the same
 * hardened factory settings (every event read, every text made a string, nothing built), warm, medians of
 * alternated runs in the same JVM. Goal: under 150 ms and at
 * most twice the bare pass. The same for a frab schedule the size of 36C3's ({@link CongressSizedProgramme}: 1,350
 * sessions, about 2.3 MB, made from FOSDEM's events): at most twice the bare pass. Then the lenient iCalendar import of linux.conf.au 2020 (262 sessions) against
 * ical4j's own strict parse of the same file (what the import used before it read leniently), for the
 * record. Run: {@code java -cp target/classes:target/test-classes:<deps>
 * org.roadshow.bench.ProgrammeImportBench [rounds]}.
 */
public final class ProgrammeImportBench {
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private ProgrammeImportBench() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Integer.parseInt(args[0]) : 31);
    }

    public static void run(int rounds) throws Exception {
        byte[] data;
        try (InputStream in = ProgrammeImportBench.class.getResourceAsStream("/schedules/fosdem_2021.xml")) {
            data = in.readAllBytes();
        }
        XMLInputFactory factory = factory();
        int[] sessions = new int[1];
        // a run takes some 15 ms: 150 rounds of warm-up give the JIT a few seconds even on a busy machine
        Benchmarks.Medians m = Benchmarks.interleaved(150, rounds, () -> sessions[0] = importOnce(data, BRUSSELS),
                () -> bare(factory, data));
        System.out.printf("fosdem import: %.1f ms (bare StAX pass: %.1f ms), ratio %.2f (of medians %.2f); %d sessions, "
                + "%d alternated runs; goal < 150 ms and ratio <= 2%n", m.figure(), m.baseline(), m.pairedRatio(),
                m.ratio(), sessions[0], m.runs());

        byte[] congress = CongressSizedProgramme.make();
        Benchmarks.Medians big = Benchmarks.interleaved(100, rounds, () -> sessions[0] = importOnce(congress, BERLIN),
                () -> bare(factory, congress));
        System.out.printf("36c3-sized import (%.2f MB): %.1f ms (bare StAX pass: %.1f ms), ratio %.2f (of medians %.2f); "
                + "%d sessions, %d alternated runs; goal ratio <= 2%n", congress.length / (1024.0 * 1024.0), big.figure(),
                big.baseline(), big.pairedRatio(), big.ratio(), sessions[0], big.runs());

        byte[] ics;
        try (InputStream in = ProgrammeImportBench.class.getResourceAsStream("/schedules/linux_conf_au_2020.ics")) {
            ics = in.readAllBytes();
        }
        Benchmarks.Medians c = Benchmarks.interleaved(150, rounds, () -> sessions[0] = ProgrammeImport.parse(ics,
                "lca.ics").sessionCount(), () -> new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(new String(ics, java.nio.charset.StandardCharsets.UTF_8))).getComponents().size());
        System.out.printf("linux.conf.au ics import: %.1f ms (ical4j CalendarBuilder parse alone: %.1f ms), ratio %.2f; "
                + "%d sessions, %d alternated runs%n", c.figure(), c.baseline(), c.pairedRatio(), sessions[0], c.runs());
    }

    private static int importOnce(byte[] data, ZoneId zone) throws Exception {
        ProgrammeImportResult result = ProgrammeImport.parse(data, "schedule.xml").toResult(zone);
        return result.sessions().size();
    }

    /** The import's factory settings (PentabarfXmlParser.factory), made once as the import makes its own once. */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /** Every event read and every text materialised, nothing built: the floor for any StAX importer. */
    private static long bare(XMLInputFactory f, byte[] data) throws Exception {
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
}
