package org.roadshow.ui.form;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** A searchable list of real IANA zones ("Europe/Brussels"); type part of a name to filter. */
public final class ZonePicker extends SearchableComboBox<ZoneId> implements FormField {
    private static final ObservableList<ZoneId> ZONES = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(Zones.all()));

    public ZonePicker() {
        super(ZONES);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(ZoneId zone) {
                return zone == null ? "" : zone.getId();
            }

            @Override
            public ZoneId fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : ZoneId.of(text.strip());
                } catch (RuntimeException e) { // not a zone name: the form shows the field as wrong
                    return null;
                }
            }
        });
        setPromptText("Choose a time zone");
        setMaxWidth(Double.MAX_VALUE);
    }

    /** Shows the zone, adding it to the list if it is not a pickable one (e.g. an old "GMT" value). */
    public void setZone(ZoneId zone) {
        if (zone != null && !getItems().contains(zone)) {
            List<ZoneId> items = new ArrayList<>(Zones.all());
            items.add(0, zone);
            setItems(FXCollections.observableArrayList(items));
        }
        setValue(zone);
    }

    @Override
    public Observable[] observables() {
        return new Observable[] {valueProperty()};
    }
}
