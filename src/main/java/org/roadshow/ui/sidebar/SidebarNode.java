package org.roadshow.ui.sidebar;

import java.util.ArrayList;
import java.util.List;
import org.roadshow.model.ChecklistItem;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Person;
import org.roadshow.model.Project;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.NodeKey;

/**
 * The sidebar's rows for a project, as a tree: Project, People, then each trip with its kind groups and
 * items, as {@link ProjectTree} shows them.
 */
record SidebarNode(ProjectTree.Entry entry, List<SidebarNode> children) {
    static SidebarNode of(Project project) {
        List<SidebarNode> top = new ArrayList<>();
        List<SidebarNode> people = new ArrayList<>();
        for (Person p : project.people()) {
            people.add(leaf(NodeKey.person(p.id()), p.name().isBlank() ? "(no name)" : p.name()));
        }
        top.add(new SidebarNode(new ProjectTree.Entry(NodeKey.PEOPLE, "People", project.people().size()), people));
        for (Trip trip : project.trips()) {
            top.add(trip(trip, project));
        }
        return new SidebarNode(new ProjectTree.Entry(NodeKey.PROJECT,
                project.name().isBlank() ? "Project" : project.name(), -1), top);
    }

    private static SidebarNode trip(Trip trip, Project project) {
        List<SidebarNode> groups = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            List<Item> ofKind = new ArrayList<>();
            for (Item item : trip.items()) {
                if (item.kind() == kind) {
                    ofKind.add(item);
                }
            }
            List<Item> items = SidebarLabels.sorted(ofKind);
            List<SidebarNode> rows = new ArrayList<>();
            for (Item item : items) {
                Boolean done = item instanceof ChecklistItem c ? c.done() : null;
                rows.add(new SidebarNode(new ProjectTree.Entry(NodeKey.item(trip.id(), kind, item.id()),
                        SidebarLabels.label(item, project), -1, done), List.of()));
            }
            groups.add(new SidebarNode(new ProjectTree.Entry(NodeKey.group(trip.id(), kind), kind.plural(), items.size()),
                    rows));
        }
        return new SidebarNode(new ProjectTree.Entry(NodeKey.trip(trip.id()),
                trip.name().isBlank() ? "(untitled trip)" : trip.name(), -1), groups);
    }

    private static SidebarNode leaf(NodeKey key, String label) {
        return new SidebarNode(new ProjectTree.Entry(key, label, -1), List.of());
    }
}
