package org.roadshow.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.ChecklistTemplate;
import org.roadshow.model.Due;
import org.roadshow.model.Item;
import org.roadshow.model.TemplateDue;
import org.roadshow.model.TemplateEntry;
import org.roadshow.model.Trip;

/**
 * The checklist's edits: ticking, templates (apply, save a list as one, edit the team's own) and reordering.
 * A checklist item belongs to its {@code linkedItem} (a booth, a talk, ...) or, when that is null, to the trip.
 */
public final class ChecklistEdits {
    private ChecklistEdits() {
    }

    /** Ticks ({@code done}) or unticks one item. */
    public static Edit tick(UUID tripId, UUID itemId, boolean done) {
        return Edit.of((done ? "Tick " : "Untick ") + "checklist item", p -> {
            Trip trip = Edits.trip(p, tripId);
            ChecklistItem item = checklistItem(trip, itemId);
            return item.done() == done ? p : p.withTrip(trip.withItem(item.withDone(done)));
        });
    }

    /**
     * Adds the template's entries to the list of {@code target} (an item of the trip, or null for the trip
     * itself), each once: an entry whose text (ignoring case and surrounding spaces) is already on that list is
     * left out, so applying a template again adds nothing twice. Relative dues count before {@code target}.
     */
    public static Edit applyTemplate(UUID tripId, UUID target, ChecklistTemplate template) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < template.entries().size(); i++) {
            ids.add(UUID.randomUUID()); // made once, so that the edit makes the same items each time it is applied
        }
        return Edit.of("Apply template " + template.name(), p -> {
            Trip trip = Edits.trip(p, tripId);
            if (target != null && trip.item(target).isEmpty()) {
                throw new IllegalArgumentException("no item " + target + " in trip " + trip.name());
            }
            Set<String> present = new HashSet<>();
            for (ChecklistItem c : listOf(trip, target)) {
                present.add(key(c.text()));
            }
            List<Item> items = new ArrayList<>(trip.items());
            for (int i = 0; i < template.entries().size(); i++) {
                TemplateEntry entry = template.entries().get(i);
                if (!entry.text().isBlank() && present.add(key(entry.text()))) {
                    Due due = entry.due() == null ? null : entry.due().anchoredTo(target);
                    items.add(BlankItems.checklistItem(ids.get(i), entry.text().strip()).withDue(due).withLinkedItem(target));
                }
            }
            return p.withTrip(trip.withItems(items));
        });
    }

    /** The entries applying the template would add to the list of {@code target} (null: the trip's own). */
    public static List<TemplateEntry> missingEntries(Trip trip, UUID target, ChecklistTemplate template) {
        Set<String> present = new HashSet<>();
        for (ChecklistItem c : listOf(trip, target)) {
            present.add(key(c.text()));
        }
        return template.entries().stream()
                .filter(e -> !e.text().isBlank() && present.add(key(e.text()))).toList();
    }

    /** Saves the list of {@code target} (null: the trip's own) as a new template of the project. */
    public static Edit saveAsTemplate(UUID tripId, UUID target, String name) {
        UUID id = UUID.randomUUID();
        return Edit.of("Save as template " + name, p -> {
            ChecklistTemplate made = templateFrom(Edits.trip(p, tripId), target, name);
            return p.withTemplate(new ChecklistTemplate(id, made.name(), made.entries()));
        });
    }

    /**
     * A template from the list of {@code target}: each item's text, and its due where it is relative to the
     * trip or to {@code target} itself; a fixed date or a due before another item is not carried over.
     */
    public static ChecklistTemplate templateFrom(Trip trip, UUID target, String name) {
        List<TemplateEntry> entries = new ArrayList<>();
        for (ChecklistItem c : listOf(trip, target)) {
            entries.add(new TemplateEntry(c.text(), relative(c.due(), target)));
        }
        return ChecklistTemplate.create(name, entries);
    }

    private static TemplateDue relative(Due due, UUID target) {
        if (due instanceof Due.BeforeTrip before) {
            return new TemplateDue.BeforeTrip(before.days());
        } else if (due instanceof Due.BeforeItem before && before.item().equals(target)) {
            return new TemplateDue.BeforeItem(before.days(), before.at());
        }
        return null;
    }

    /** Adds a template of the team's own, or replaces the one with the same id. */
    public static Edit putTemplate(ChecklistTemplate template) {
        return Edit.of("Edit template " + template.name(), p -> p.withTemplate(template));
    }

    public static Edit removeTemplate(UUID templateId) {
        return Edit.of("Delete template", p -> p.withoutTemplate(templateId));
    }

    /**
     * Moves a checklist item to just before {@code before} (another checklist item of the trip), or to the end
     * of the trip's checklist when {@code before} is null: the order the Checklist tab and the file list them in.
     */
    public static Edit move(UUID tripId, UUID itemId, UUID before) {
        return Edit.of("Move checklist item", p -> {
            Trip trip = Edits.trip(p, tripId);
            ChecklistItem moved = checklistItem(trip, itemId);
            if (before != null) {
                checklistItem(trip, before);
            }
            if (itemId.equals(before)) {
                return p;
            }
            List<Item> items = new ArrayList<>(trip.items());
            items.remove(moved);
            int at = before == null ? items.size() : indexOf(items, before);
            items.add(at, moved);
            return p.withTrip(trip.withItems(items));
        });
    }

    /** The checklist items that belong to {@code target} (null: to the trip itself), in list order. */
    public static List<ChecklistItem> listOf(Trip trip, UUID target) {
        return trip.items(ChecklistItem.class).stream().filter(c -> Objects.equals(c.linkedItem(), target)).toList();
    }

    private static ChecklistItem checklistItem(Trip trip, UUID itemId) {
        return trip.item(itemId).filter(ChecklistItem.class::isInstance).map(ChecklistItem.class::cast)
                .orElseThrow(() -> new IllegalArgumentException("no checklist item " + itemId + " in trip " + trip.name()));
    }

    private static int indexOf(List<Item> items, UUID id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return items.size();
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
