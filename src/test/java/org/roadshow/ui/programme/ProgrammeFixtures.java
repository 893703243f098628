package org.roadshow.ui.programme;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import org.roadshow.SampleProjectBuilder;
import org.roadshow.edit.Edits;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.model.Programme;
import org.roadshow.model.Project;
import org.roadshow.plan.ProgrammeUpdate;

/** The sample project with a programme imported into its FOSDEM trip. */
final class ProgrammeFixtures {
    private ProgrammeFixtures() {
    }

    static byte[] resource(String name) throws Exception {
        try (InputStream in = ProgrammeFixtures.class.getResourceAsStream("/schedules/" + name)) {
            return in.readAllBytes();
        }
    }

    static Project withProgramme(byte[] content, String source) throws Exception {
        Project sample = SampleProjectBuilder.build();
        Programme programme = ProgrammeImport.parse(content, source).toResult(ZoneId.of("Europe/Brussels"))
                .toProgramme(Instant.parse("2021-02-01T12:00:00Z"));
        ProgrammeUpdate update = ProgrammeUpdate.prepare(sample, SampleProjectBuilder.FOSDEM_TRIP, programme);
        return Edits.putProgramme(SampleProjectBuilder.FOSDEM_TRIP, update.after(), update.label()).apply(sample);
    }

    static Project withFosdem2021() throws Exception {
        return withProgramme(resource("fosdem_2021.xml"), "fosdem_2021.xml");
    }

    /** A small old-style programme on FOSDEM 2017's Saturday, when the sample's own items happen. */
    static Project withFosdem2017Slice() throws Exception {
        String xml = """
                <schedule><conference><title>FOSDEM 2017</title></conference>
                <day index="1" date="2017-02-04"><room name="K.4.201">
                <event id="1"><start>11:00</start><duration>01:00</duration><title>Xen on ARM</title><track>Virtualization</track>
                  <persons><person id="1">Julien Grall</person></persons><abstract>Status of the ARM port.</abstract></event>
                <event id="2"><start>13:00</start><duration>00:30</duration><title>Unikernels in Rust</title><track>Rust</track>
                  <persons><person id="2">Ana Rust</person></persons></event>
                <event id="3"><start>16:00</start><duration>00:40</duration><title>Live patching the Xen Project hypervisor (programme)</title>
                  <track>Virtualization</track></event>
                </room></day></schedule>""";
        return withProgramme(xml.getBytes(StandardCharsets.UTF_8), "fosdem_2017.xml");
    }
}
