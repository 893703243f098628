package org.roadshow.ui;

import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The sidebar selection, shared by the tree, the details pane and the menus. Commands set it to show
 * what they created; the window moves it to the nearest surviving node when the project changes.
 */
public final class Selection {
    private final ObjectProperty<NodeKey> key = new SimpleObjectProperty<>(this, "key", NodeKey.PROJECT);
    private final ReadOnlyIntegerWrapper revealCount = new ReadOnlyIntegerWrapper(this, "revealRequests");
    private final BooleanBinding inTrip = Bindings.createBooleanBinding(() -> key.get().tripId() != null, key);

    public NodeKey get() {
        return key.get();
    }

    public void set(NodeKey next) {
        key.set(next == null ? NodeKey.PROJECT : next);
    }

    /**
     * Selects the node and asks for its details to be shown (the window switches to the Details tab).
     * The sidebar and the add commands reveal; a view that only follows along uses {@link #set}.
     */
    public void reveal(NodeKey next) {
        set(next);
        revealCount.set(revealCount.get() + 1);
    }

    /** Changes each time {@link #reveal} is called. */
    public ReadOnlyIntegerProperty revealRequests() {
        return revealCount.getReadOnlyProperty();
    }

    public ObjectProperty<NodeKey> keyProperty() {
        return key;
    }

    /** The trip the selection is in (the trip itself, one of its groups or items), if any. */
    public Optional<UUID> trip() {
        return Optional.ofNullable(key.get().tripId());
    }

    /** True while a trip, one of its groups or one of its items is selected. */
    public BooleanBinding inTripProperty() {
        return inTrip;
    }
}
