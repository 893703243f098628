package org.roadshow.ui.timeline;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;

/** The key under the toolbar: a swatch per kind of bar, conflicts and understaffing, in the timeline's own colours. */
final class TimelineLegend {
    private TimelineLegend() {
    }

    static HBox of(TripTimeline t) {
        HBox box = new HBox(entry("Talk", t.talkFill), entry("Booth duty", t.shiftFill), entry("Demo", t.demoFill),
                entry("Travel", t.travelFill), entry("Meeting", t.meetingFill), entry("Conflict", t.conflict),
                entry("Understaffed", t.understaffed), jumpKey());
        box.getStyleClass().add("timeline-legend");
        return box;
    }

    private static Label jumpKey() {
        Label key = new Label("▼ Clock jump");
        key.getStyleClass().add("legend-text");
        return key;
    }

    private static HBox entry(String text, ObservableValue<Paint> colour) {
        Region swatch = new Region();
        swatch.getStyleClass().add("legend-swatch");
        swatch.backgroundProperty().bind(Bindings.createObjectBinding(
                () -> new Background(new BackgroundFill(colour.getValue(), new CornerRadii(3), null)), colour));
        Label label = new Label(text);
        label.getStyleClass().add("legend-text");
        HBox e = new HBox(5, swatch, label);
        e.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return e;
    }
}
