package org.roadshow.edit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Locale;
import java.util.UUID;
import org.roadshow.model.Item;

/**
 * A copy of an item under a new id, everything else the same (its conference, people, times and notes). Done
 * through the record's components, so that a field added to an item later is copied too.
 */
public final class Duplicates {
    private Duplicates() {
    }

    public static Item copy(Item item, UUID newId) {
        Class<?> type = item.getClass();
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals("id") ? newId : components[i].getAccessor().invoke(item);
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return (Item) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Could not copy " + type.getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Could not copy " + type.getSimpleName(), e);
        }
    }

    /** "Duplicate talk Keynote": the copy added to the same trip, as one undoable edit. */
    public static Edit duplicate(UUID tripId, Item item, UUID newId) {
        Item copy = copy(item, newId);
        return Edit.of("Duplicate " + item.kind().singular().toLowerCase(Locale.ROOT) + " " + item.label(),
                p -> Edits.addItem(tripId, copy).apply(p));
    }
}
