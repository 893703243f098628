package org.roadshow.io.programme;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * One fuzz target per parser: whatever the bytes, a parser either returns a programme or throws
 * {@link ProgrammeImportException}; any other exception is a bug. Plain {@code mvn test} replays the saved
 * inputs under {@code ScheduleParsersFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ProgrammeParsersFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void pentabarfXml(byte[] data) {
        expectOnlyImportErrors(() -> PentabarfXmlParser.parse(data, "fuzz.xml"));
    }

    @FuzzTest(maxDuration = "60s")
    void frabJson(byte[] data) {
        expectOnlyImportErrors(() -> FrabJsonParser.parse(data, "fuzz.json"));
    }

    @FuzzTest(maxDuration = "60s")
    void iCalendar(byte[] data) {
        expectOnlyImportErrors(() -> ICalendarProgrammeParser.parse(data, "fuzz.ics"));
    }

    @FuzzTest(maxDuration = "60s")
    void anyFormat(byte[] data) {
        expectOnlyImportErrors(() -> ProgrammeImport.parse(data, "fuzz"));
    }

    private interface Parse {
        ParsedProgramme run() throws ProgrammeImportException;
    }

    private static void expectOnlyImportErrors(Parse parse) {
        try {
            ParsedProgramme parsed = parse.run();
            if (parsed.sessions().size() > ImportLimits.MAX_SESSIONS) {
                throw new AssertionError("more sessions than the limit: " + parsed.sessions().size());
            }
        } catch (ProgrammeImportException expected) {
            // a clear refusal is the right answer to bad input
        }
    }
}
