package org.roadshow.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A demo someone runs: what is shown, where, when, the equipment it needs and the backup plan for when
 * it fails in front of the most people. {@code linkedItem} is the booth or talk it belongs to, if any.
 */
public record Demo(UUID id, String what, String where, Moment start, Moment end, List<String> equipment,
                   String backupPlan, UUID linkedItem, List<UUID> people) implements Item, Timed {
    public Demo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        what = Lists.text(what);
        where = Lists.text(where);
        equipment = Lists.copy(equipment);
        backupPlan = Lists.text(backupPlan);
        people = Lists.copy(people);
    }

    @Override
    public String label() {
        return what;
    }

    @Override
    public ItemKind kind() {
        return ItemKind.DEMO;
    }

    public Demo withWhat(String what) {
        return new Demo(id, what, where, start, end, equipment, backupPlan, linkedItem, people);
    }

    public Demo withWhere(String where) {
        return new Demo(id, what, where, start, end, equipment, backupPlan, linkedItem, people);
    }

    public Demo withStart(Moment start) {
        return new Demo(id, what, where, start, end, equipment, backupPlan, linkedItem, people);
    }

    public Demo withEnd(Moment end) {
        return new Demo(id, what, where, start, end, equipment, backupPlan, linkedItem, people);
    }

    public Demo withEquipment(List<String> equipment) {
        return new Demo(id, what, where, start, end, equipment, backupPlan, linkedItem, people);
    }

    public Demo withBackupPlan(String backupPlan) {
        return new Demo(id, what, where, start, end, equipment, backupPlan, linkedItem, people);
    }

    public Demo withLinkedItem(UUID linkedItem) {
        return new Demo(id, what, where, start, end, equipment, backupPlan, linkedItem, people);
    }

    public Demo withPeople(List<UUID> people) {
        return new Demo(id, what, where, start, end, equipment, backupPlan, linkedItem, people);
    }
}
