package org.roadshow.ui.details;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.roadshow.model.Conference;
import org.roadshow.model.Item;
import org.roadshow.model.ItemKind;
import org.roadshow.model.Trip;
import org.roadshow.ui.document.NodeKey;
import org.roadshow.ui.sidebar.TripSummary;

/**
 * The facts at the top of a trip's page, as the project page lists its trips: when (from the first conference day
 * to the last), where, which conferences (each a link to its form), who goes and how many items of each kind (each
 * a link to its group).
 */
final class TripOverview {
    private TripOverview() {
    }

    /** The facts as (name, text) pairs, in the order shown; for tests and for the page. */
    static List<String[]> facts(Trip trip) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Dates", TripSummary.days(trip).orElse("No conference yet: add one to set the dates")});
        String cities = TripSummary.cities(trip);
        facts.add(new String[] {"City", cities.isEmpty() ? "Not set (it comes from the conferences)" : cities});
        List<Conference> conferences = trip.items(Conference.class);
        facts.add(new String[] {"Conferences", conferences.isEmpty() ? "None yet"
                : String.join(", ", conferences.stream().map(c -> c.name().isBlank() ? "(untitled)" : c.name()).toList())});
        int people = trip.people().size();
        facts.add(new String[] {"People", people == 0 ? "Nobody yet" : people + (people == 1 ? " person" : " people")});
        facts.add(new String[] {"Items", counts(trip)});
        return facts;
    }

    /** "2 talks · 1 booth · 4 booth duty shifts", the kinds the trip has; "None yet" when empty. */
    static String counts(Trip trip) {
        List<String> parts = new ArrayList<>();
        for (ItemKind kind : ItemKind.values()) {
            long n = trip.items().stream().filter(i -> i.kind() == kind).count();
            if (n > 0) {
                parts.add(n + " " + noun(kind, n));
            }
        }
        return parts.isEmpty() ? "None yet" : String.join(" · ", parts);
    }

    private static String noun(ItemKind kind, long n) {
        return switch (kind) {
            case SHIFT -> n == 1 ? "booth duty shift" : "booth duty shifts";
            case TRAVEL -> n == 1 ? "travel leg" : "travel legs";
            case CHECKLIST -> n == 1 ? "checklist item" : "checklist items";
            default -> (n == 1 ? kind.singular() : kind.plural()).toLowerCase(Locale.ROOT);
        };
    }

    static Node of(Trip trip, Function<NodeKey, Hyperlink> link) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("trip-facts");
        int row = 0;
        for (String[] fact : facts(trip)) {
            Label name = new Label(fact[0]);
            name.getStyleClass().add("form-label");
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(name, 0, row);
            grid.add(value(trip, fact, link), 1, row++);
        }
        Label title = new Label("This trip");
        title.getStyleClass().add("section-heading");
        return new VBox(8, title, grid);
    }

    /** Conferences and item kinds are links; the other facts are text. */
    private static Node value(Trip trip, String[] fact, Function<NodeKey, Hyperlink> link) {
        List<Node> links = new ArrayList<>();
        if (fact[0].equals("Conferences")) {
            for (Conference c : trip.items(Conference.class)) {
                Hyperlink l = link.apply(NodeKey.item(trip.id(), ItemKind.CONFERENCE, c.id()));
                l.setText((c.name().isBlank() ? "(untitled)" : c.name()) + " (" + TripSummary.span(c.firstDay(), c.lastDay())
                        + ")");
                links.add(l);
            }
        } else if (fact[0].equals("Items")) {
            for (ItemKind kind : ItemKind.values()) {
                long n = trip.items().stream().map(Item::kind).filter(kind::equals).count();
                if (n > 0) {
                    Hyperlink l = link.apply(NodeKey.group(trip.id(), kind));
                    l.setText(n + " " + noun(kind, n));
                    links.add(l);
                }
            }
        }
        if (links.isEmpty()) {
            Label text = new Label(fact[1]);
            text.setWrapText(true);
            if (fact[1].startsWith("No") || fact[1].startsWith("Not")) {
                text.getStyleClass().add("hint");
            }
            return text;
        }
        FlowPane flow = new FlowPane(4, 0);
        flow.getChildren().setAll(links);
        return flow;
    }
}
