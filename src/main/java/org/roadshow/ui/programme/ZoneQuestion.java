package org.roadshow.ui.programme;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.roadshow.io.programme.ParsedProgramme;
import org.roadshow.io.programme.ZoneGuess;

/**
 * The import's question "which time zone are the programme's times in?", asked only when the file does not say:
 * the label, an editable list of zone names with a guess filled in (the zone of the last import when there is
 * one), and a note saying why it asks.
 */
final class ZoneQuestion {
    private final Label label = new Label("Time zone");
    private final ComboBox<String> zone = new ComboBox<>();
    private final Label note = new Label();

    ZoneQuestion(Runnable onChange) {
        zone.setId("import-zone");
        zone.setEditable(true);
        zone.setMaxWidth(Double.MAX_VALUE);
        zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().filter(z -> !z.startsWith("ical4j") && z.contains("/"))
                .sorted().toList());
        zone.valueProperty().addListener(o -> onChange.run());
        note.setWrapText(true);
        note.getStyleClass().add("zone-note");
        show(false);
    }

    Label label() {
        return label;
    }

    ComboBox<String> field() {
        return zone;
    }

    Label note() {
        return note;
    }

    void show(boolean shown) {
        for (Node n : List.of(label, zone, note)) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    /** Fills in the best guess for {@code parsed} and says where it comes from; {@code known} is the last import's. */
    void suggest(ParsedProgramme parsed, ZoneId known) {
        Optional<ZoneId> guess = ZoneGuess.guess(parsed, known);
        guess.ifPresent(z -> zone.setValue(z.getId()));
        note.setText(parsed.timesAreExact()
                ? "The file gives exact times but not the conference's zone: choose the zone to show them in."
                : "The file does not say which time zone its times are in" + (known != null && guess.equals(Optional.of(known))
                        ? "; this is the zone of the last import." : guess.isPresent() ? "; this is a guess." : ": choose one."));
    }

    /** The zone typed or chosen, if it is one. */
    Optional<ZoneId> chosen() {
        String text = zone.getValue();
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(text.strip()));
        } catch (DateTimeException e) { // not (yet) a zone name: the dialog asks for one
            return Optional.empty();
        }
    }
}
