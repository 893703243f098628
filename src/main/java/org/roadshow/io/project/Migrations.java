package org.roadshow.io.project;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * Brings the JSON tree of a file written in an older format up to {@link ProjectFile#FORMAT_VERSION}, one
 * step per version. Format 1 is the first, so there are no steps yet; format 2 adds one line to
 * {@link #STANDARD}, e.g. {@code new Step(1, root -> ...rename a field...)}. The migrated tree is then bound
 * to the DTOs by the same reader as a current file.
 */
final class Migrations {
    /** One step: changes a tree of format {@code from} into format {@code from + 1}. */
    record Step(int from, java.util.function.Consumer<ObjectNode> change) {
    }

    static final Migrations STANDARD = new Migrations(1, List.of());

    private final int oldest;
    private final List<Step> steps;

    /** {@code steps.get(i)} must migrate from {@code oldest + i}. */
    Migrations(int oldest, List<Step> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).from() != oldest + i) {
                throw new IllegalArgumentException("migration step " + i + " starts at format " + steps.get(i).from()
                        + ", expected " + (oldest + i));
            }
        }
        this.oldest = oldest;
        this.steps = List.copyOf(steps);
    }

    /** The newest format these steps reach. */
    int current() {
        return oldest + steps.size();
    }

    boolean canMigrate(int version) {
        return version >= oldest && version <= current();
    }

    /**
     * Reads a file of an older format, migrates it and reads the result into the DTOs. Errors in the JSON name
     * their line; locations are lost in a migrated tree, so errors in its values name the path only.
     */
    JsonProject read(byte[] content, int version) throws IOException {
        ObjectNode root = (ObjectNode) ProjectJson.MAPPER.readTree(content); // FormatVersion: it is an object
        // Left open: a tree parser holds nothing, and JsonErrors reads the token an error stands on from it.
        JsonParser tokens = ProjectJson.MAPPER.treeAsTokens(migrate(root, version));
        return ProjectJson.READER.readValue(tokens);
    }

    /** Applies the steps from {@code version} on, in place, and sets the tree's formatVersion to the current one. */
    ObjectNode migrate(ObjectNode root, int version) {
        if (!canMigrate(version)) {
            throw new IllegalArgumentException("no migration from format " + version);
        }
        for (int v = version; v < current(); v++) {
            steps.get(v - oldest).change().accept(root);
        }
        root.put(FormatVersion.FIELD, current());
        return root;
    }
}
