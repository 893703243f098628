package org.roadshow.ui.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.roadshow.model.Project;

/**
 * What the user has selected, shared by the sidebar, the details pane, the menus and the views. It has
 * three parts: the sidebar row ({@link #get}, whose details the Details tab shows), the items selected
 * (one or several, for views that select more than one), and a programme session. Choosing a row selects
 * its item alone (none for a group or a trip) and no session; {@link #selectItems} selects several with
 * the first as the row; {@link #selectSession} selects a session and no items, leaving the row as it is.
 * Commands set it to show what they created; the window moves it to what survives when the project changes.
 */
public final class Selection {
    private final ObjectProperty<NodeKey> key = new SimpleObjectProperty<>(this, "key", NodeKey.PROJECT);
    private final ObservableList<NodeKey> items = FXCollections.observableArrayList();
    private final ObservableList<NodeKey> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyObjectWrapper<SessionKey> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyIntegerWrapper revealCount = new ReadOnlyIntegerWrapper(this, "revealRequests");
    private final BooleanBinding inTrip = Bindings.createBooleanBinding(() -> key.get().tripId() != null, key);
    private boolean settingSeveral;

    public Selection() {
        key.addListener((o, was, now) -> {
            if (!settingSeveral) {
                setIfChanged(now.type() == NodeKey.Type.ITEM ? List.of(now) : List.of());
                session.set(null);
            }
        });
    }

    /** The sidebar row. */
    public NodeKey get() {
        return key.get();
    }

    /** Selects a sidebar row: its item alone, if it is an item, and no session. The row already selected changes nothing. */
    public void set(NodeKey next) {
        key.set(next == null ? NodeKey.PROJECT : next);
    }

    /**
     * Selects several items (keys of type ITEM, in the order given, repeats dropped): the first becomes
     * the sidebar row. An empty list selects the project row.
     */
    public void selectItems(List<NodeKey> keys) {
        Set<NodeKey> distinct = new LinkedHashSet<>();
        for (NodeKey k : keys) {
            if (k.type() != NodeKey.Type.ITEM) {
                throw new IllegalArgumentException("not an item: " + k);
            }
            distinct.add(k);
        }
        if (distinct.isEmpty()) {
            set(NodeKey.PROJECT);
            return;
        }
        settingSeveral = true;
        try {
            key.set(distinct.iterator().next());
            setIfChanged(List.copyOf(distinct));
            session.set(null);
        } finally {
            settingSeveral = false;
        }
    }

    /** Selects a programme session (null: none) and no items; the sidebar row stays. */
    public void selectSession(SessionKey next) {
        setIfChanged(List.of());
        session.set(next);
    }

    /**
     * Keeps what still exists in {@code project} after a change: the surviving items (the first becomes
     * the row if the row went), else the row or its nearest surviving ancestor; the session if it is
     * still there.
     */
    public void keepExisting(Project project) {
        NodeKey row = key.get().nearestIn(project);
        List<NodeKey> surviving = items.stream().filter(k -> k.existsIn(project)).toList();
        SessionKey s = session.get();
        if (surviving.size() > 1 || surviving.size() == 1 && !surviving.get(0).equals(row)) {
            selectItems(surviving);
        } else {
            set(row);
            setIfChanged(surviving);
        }
        if (s != null) {
            session.set(s.existsIn(project) && items.isEmpty() ? s : null);
        }
    }

    /** The selected items: the row's item, or several; empty when a session, a group or a trip is selected. */
    public ObservableList<NodeKey> items() {
        return itemsView;
    }

    /** Whether the item or session with this id is selected. */
    public boolean isSelected(UUID id) {
        SessionKey s = session.get();
        return s != null && s.sessionId().equals(id) || items.stream().anyMatch(k -> k.id().equals(id));
    }

    public ReadOnlyObjectProperty<SessionKey> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Optional<SessionKey> session() {
        return Optional.ofNullable(session.get());
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

    /** The trip the sidebar row is in (the trip itself, one of its groups or items), if any. */
    public Optional<UUID> trip() {
        return Optional.ofNullable(key.get().tripId());
    }

    /** True while a trip, one of its groups or one of its items is the sidebar row. */
    public BooleanBinding inTripProperty() {
        return inTrip;
    }

    private void setIfChanged(List<NodeKey> next) {
        if (!items.equals(next)) {
            items.setAll(next);
        }
    }
}
