package org.roadshow.ui.document;

import java.util.Objects;
import java.util.UUID;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Project;

/**
 * What is selected in the sidebar, by id rather than by object, so that a selection survives edits, undo
 * and redo (each of which makes new records). {@code tripId} is set for a trip, a kind group and an item.
 */
public record NodeKey(Type type, UUID tripId, ItemKind kind, UUID id) {
    public enum Type { PROJECT, PEOPLE, PERSON, TRIP, GROUP, ITEM }

    public static final NodeKey PROJECT = new NodeKey(Type.PROJECT, null, null, null);
    public static final NodeKey PEOPLE = new NodeKey(Type.PEOPLE, null, null, null);

    public NodeKey {
        Objects.requireNonNull(type, "type");
    }

    public static NodeKey person(UUID personId) {
        return new NodeKey(Type.PERSON, null, null, personId);
    }

    public static NodeKey trip(UUID tripId) {
        return new NodeKey(Type.TRIP, tripId, null, tripId);
    }

    public static NodeKey group(UUID tripId, ItemKind kind) {
        return new NodeKey(Type.GROUP, tripId, kind, null);
    }

    public static NodeKey item(UUID tripId, ItemKind kind, UUID itemId) {
        return new NodeKey(Type.ITEM, tripId, kind, itemId);
    }

    /** Whether the node this key names is in the project. */
    public boolean existsIn(Project project) {
        return switch (type) {
            case PROJECT, PEOPLE -> true;
            case PERSON -> project.person(id).isPresent();
            case TRIP, GROUP -> project.trip(tripId).isPresent();
            case ITEM -> project.trip(tripId).flatMap(t -> t.item(id)).isPresent();
        };
    }

    /** The node one level up: where the selection goes when this node disappears. */
    public NodeKey parent() {
        return switch (type) {
            case PROJECT, PEOPLE, TRIP -> PROJECT;
            case PERSON -> PEOPLE;
            case GROUP -> trip(tripId);
            case ITEM -> group(tripId, kind);
        };
    }

    /** This key if it exists in the project, else the nearest ancestor that does. */
    public NodeKey nearestIn(Project project) {
        NodeKey key = this;
        while (!key.existsIn(project)) {
            key = key.parent();
        }
        return key;
    }

    /** Whether the node can be deleted (a person, a trip, an item). */
    public boolean deletable() {
        return type == Type.PERSON || type == Type.TRIP || type == Type.ITEM;
    }
}
