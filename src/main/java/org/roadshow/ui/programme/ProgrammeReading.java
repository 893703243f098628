package org.roadshow.ui.programme;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.roadshow.io.fetch.Cancellation;
import org.roadshow.io.fetch.FetchException;
import org.roadshow.io.fetch.FetchProgress;
import org.roadshow.io.fetch.Fetcher;
import org.roadshow.io.fetch.ProgrammeDownload;
import org.roadshow.io.programme.ParsedProgramme;
import org.roadshow.io.programme.ProgrammeImport;
import org.roadshow.io.programme.ProgrammeImportException;
import org.roadshow.model.ProgrammeFeed;
import org.roadshow.ui.common.Background;

/**
 * Reads the programme the import dialog asks for, in the background: a file, a web address, or the address of a
 * programme held (asking "changed since?"). Fetches show their progress, with Cancel, in the dialog's row. Only
 * the latest request is answered: one that arrives after the user chose another source is dropped.
 */
final class ProgrammeReading {
    private static final Logger LOG = Logger.getLogger(ProgrammeReading.class.getName());

    /** What a reading comes to, told on the FX thread. */
    interface Answer {
        void read(ParsedProgramme parsed, ProgrammeFeed feed);

        /** The server says the programme held is still current. */
        void unchanged();

        /** The message to show, naming the file or address. */
        void failed(String message);

        void cancelled();
    }

    private final Background background;
    private final Supplier<Fetcher> fetcher;
    private final FetchProgressRow progress;
    private final Answer answer;
    private int generation;

    ProgrammeReading(Background background, Supplier<Fetcher> fetcher, FetchProgressRow progress, Answer answer) {
        this.background = background;
        this.fetcher = fetcher;
        this.progress = progress;
        this.answer = answer;
    }

    /** Stops any reading under way; its answer will be dropped. */
    void forget() {
        generation++;
        progress.cancel();
        progress.stop();
    }

    void file(Path path) {
        forget();
        int run = generation;
        background.run(() -> ProgrammeImport.read(path), p -> {
            if (run == generation) {
                answer.read(p, ProgrammeFeed.NONE);
            }
        }, e -> {
            if (run != generation) {
                return;
            }
            boolean expected = e instanceof ProgrammeImportException; // a file we cannot read, said in its words
            LOG.log(expected ? Level.INFO : Level.WARNING, "Could not import " + path, e);
            answer.failed(expected ? e.getMessage() : path.getFileName() + ": could not be read (" + e.getMessage() + ")");
        });
    }

    /** Fetches {@code url}; with a {@code held} feed, asks whether the programme changed since that version. */
    void address(String url, ProgrammeFeed held) {
        forget();
        int run = generation;
        Cancellation cancel = progress.start();
        FetchProgress listener = progress.progress();
        background.run(() -> held.hasUrl() ? ProgrammeDownload.update(fetcher.get(), held, listener, cancel)
                : ProgrammeDownload.fetch(fetcher.get(), url, listener, cancel), outcome -> {
                    if (run != generation) {
                        return;
                    }
                    progress.stop();
                    if (outcome instanceof ProgrammeDownload.Changed changed) {
                        answer.read(changed.parsed(), changed.feed());
                    } else {
                        answer.unchanged();
                    }
                }, e -> {
                    if (run != generation) {
                        return;
                    }
                    progress.stop();
                    if (e instanceof FetchException f && f.problem() == FetchException.Problem.CANCELLED) {
                        answer.cancelled();
                        return;
                    }
                    boolean expected = e instanceof FetchException || e instanceof ProgrammeImportException;
                    LOG.log(expected ? Level.INFO : Level.WARNING, "Could not fetch " + url, e);
                    answer.failed(expected ? e.getMessage() : url + ": could not be fetched (" + e.getMessage() + ")");
                });
    }
}
