package org.roadshow.io.programme;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a conference programme file: checks its size, detects the format from the content (never the
 * file name), and hands it to the parser for that format. The result is not yet in any project: the
 * caller settles the zone ({@link ParsedProgramme#toResult}), merges and applies one edit on confirmation.
 */
public final class ProgrammeImport {
    private ProgrammeImport() {
    }

    public static ParsedProgramme read(Path file) throws ProgrammeImportException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] data;
        try {
            if (Files.isDirectory(file)) {
                throw new ProgrammeImportException(name, "this is a folder, not a programme file");
            }
            long size = Files.size(file);
            if (size > ImportLimits.MAX_BYTES) {
                throw new ProgrammeImportException(name, "the file is " + megabytes(size) + ", larger than the "
                        + megabytes(ImportLimits.MAX_BYTES) + " a programme file may be");
            }
            data = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProgrammeImportException(name, -1, "there is no such file (" + file + ")", e);
        } catch (AccessDeniedException e) {
            throw new ProgrammeImportException(name, -1, "Roadshow may not read this file (" + file + ")", e);
        } catch (IOException e) {
            throw new ProgrammeImportException(name, -1, "the file cannot be read: " + e.getMessage(), e);
        }
        return parse(data, name);
    }

    /** Parses content already in memory; {@code source} names it in messages. */
    public static ParsedProgramme parse(byte[] data, String source) throws ProgrammeImportException {
        if (data.length > ImportLimits.MAX_BYTES) {
            throw new ProgrammeImportException(source, "the file is " + megabytes(data.length) + ", larger than the "
                    + megabytes(ImportLimits.MAX_BYTES) + " a programme file may be");
        }
        ProgrammeFormat format = FormatDetector.detect(data, source);
        ParsedProgramme parsed = switch (format) {
            case PENTABARF_XML -> PentabarfXmlParser.parse(data, source);
            case FRAB_JSON -> FrabJsonParser.parse(data, source);
            case ICALENDAR -> ICalendarProgrammeParser.parse(data, source);
        };
        if (parsed.sessions().isEmpty()) {
            String why = parsed.warnings().isEmpty() ? "" : " (first problem: " + parsed.warnings().get(0) + ")";
            throw new ProgrammeImportException(source, "this " + format.label() + " file holds no sessions that can be imported" + why);
        }
        return parsed;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
