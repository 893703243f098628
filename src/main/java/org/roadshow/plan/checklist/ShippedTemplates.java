package org.roadshow.plan.checklist;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.roadshow.model.ChecklistTemplate;
import org.roadshow.model.TemplateDue;
import org.roadshow.model.TemplateEntry;

/**
 * The templates every project has: booth kit, demo kit, talk and travel. Their ids are fixed (derived from
 * their names) so that a choice of template survives a restart; the team's own live in the project.
 */
public final class ShippedTemplates {
    public static final ChecklistTemplate BOOTH_KIT = template("Booth kit",
            entry("Banner", 14), entry("Table cloth", 14), entry("Booklets", 14), entry("Stickers", 14),
            entry("Live CDs or USB sticks (burning takes 15 minutes each)", 7), entry("Power strip and extension cord", 7),
            entry("Business cards", 14));
    public static final ChecklistTemplate DEMO_KIT = template("Demo kit",
            entry("Backup laptop", 7), beforeItem("Charged batteries and chargers", 1, LocalTime.of(20, 0)),
            entry("An offline copy of the demo", 3), entry("Display adapters", 7),
            entry("A plan B if the demo fails", 3));
    public static final ChecklistTemplate TALK = template("Talk",
            beforeItem("Slides exported to PDF", 1, LocalTime.of(18, 0)), entry("Clicker", 3),
            entry("Display adapter", 3), entry("Recording consent", 7));
    public static final ChecklistTemplate TRAVEL = template("Travel",
            entry("Passport", 30), entry("Tickets", 14), entry("Hotel confirmation", 14),
            entry("Travel insurance", 14), entry("Power adapter", 3));

    private static final List<ChecklistTemplate> ALL = List.of(BOOTH_KIT, DEMO_KIT, TALK, TRAVEL);

    private ShippedTemplates() {
    }

    public static List<ChecklistTemplate> all() {
        return ALL;
    }

    public static boolean isShipped(UUID templateId) {
        return ALL.stream().anyMatch(t -> t.id().equals(templateId));
    }

    private static ChecklistTemplate template(String name, TemplateEntry... entries) {
        UUID id = UUID.nameUUIDFromBytes(("roadshow shipped template " + name).getBytes(StandardCharsets.UTF_8));
        return new ChecklistTemplate(id, name, new ArrayList<>(List.of(entries)));
    }

    /** Due {@code days} before the trip starts. */
    private static TemplateEntry entry(String text, int days) {
        return new TemplateEntry(text, new TemplateDue.BeforeTrip(days));
    }

    private static TemplateEntry beforeItem(String text, int days, LocalTime at) {
        return new TemplateEntry(text, new TemplateDue.BeforeItem(days, at));
    }
}
