package org.roadshow.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Prompts with answers given in advance; records every question and message, and fails on an unexpected one. */
public final class ScriptedPrompts implements Prompts {
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    private final Deque<SaveChoice> saveChoices = new ArrayDeque<>();
    private final Deque<Boolean> confirmations = new ArrayDeque<>();
    private final Deque<PendingChoice> pendingChoices = new ArrayDeque<>();
    private final Deque<Optional<Path>> saveLocations = new ArrayDeque<>();
    private final Deque<Optional<Path>> openLocations = new ArrayDeque<>();

    public ScriptedPrompts answerSaveChanges(SaveChoice choice) {
        saveChoices.add(choice);
        return this;
    }

    public ScriptedPrompts answerKeepEditing(PendingChoice choice) {
        pendingChoices.add(choice);
        return this;
    }

    public ScriptedPrompts answerConfirm(boolean yes) {
        confirmations.add(yes);
        return this;
    }

    public ScriptedPrompts saveTo(Path file) {
        saveLocations.add(Optional.ofNullable(file));
        return this;
    }

    public ScriptedPrompts openFrom(Path file) {
        openLocations.add(Optional.ofNullable(file));
        return this;
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        asked.add("save changes to " + documentName);
        return next(saveChoices, "save changes");
    }

    @Override
    public PendingChoice askKeepEditing(String header, String problems) {
        asked.add(header + "\n" + problems);
        return next(pendingChoices, header);
    }

    @Override
    public boolean confirm(String header, String detail, String okLabel) {
        asked.add(header);
        return next(confirmations, header);
    }

    @Override
    public void error(String header, String detail) {
        errors.add(header + "\n" + detail);
    }

    @Override
    public boolean fileProblem(String header, String problem, String detail, String offer) {
        errors.add(header + "\n" + problem + "\n" + detail);
        if (offer == null) {
            return false;
        }
        asked.add(offer);
        return next(confirmations, offer);
    }

    @Override
    public void info(String header, String detail) {
        asked.add(header);
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialFolder) {
        asked.add("open file");
        return next(openLocations, "open file");
    }

    @Override
    public Optional<Path> chooseFileToSave(Path initialFolder, String suggestedName) {
        asked.add("save as " + suggestedName);
        return next(saveLocations, "save as");
    }

    private static <T> T next(Deque<T> answers, String question) {
        if (answers.isEmpty()) {
            throw new AssertionError("unexpected question: " + question);
        }
        return answers.poll();
    }
}
