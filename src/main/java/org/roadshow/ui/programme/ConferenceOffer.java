package org.roadshow.ui.programme;

import javafx.scene.control.CheckBox;
import javafx.scene.layout.Region;
import org.roadshow.plan.ConferenceProposal;

/**
 * The import's offer to make the trip's conference from the programme (ticked: the trip has none) or to update
 * the trip's own to match it (not ticked). Its text names every change, so it wraps to the dialog's width, at
 * the default size and the smallest the dialog may be (in a column that gives it the height it needs), rather
 * than asking for one long line.
 */
final class ConferenceOffer {
    private final CheckBox box = new CheckBox();

    ConferenceOffer(Runnable onChange) {
        box.setId("import-conference");
        box.setWrapText(true);
        box.setMinWidth(0);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.selectedProperty().addListener(o -> onChange.run());
        hide();
    }

    CheckBox node() {
        return box;
    }

    /** Offers {@code proposal}; {@code tripConference} names the trip's conference when it has one. */
    void offer(ConferenceProposal proposal, String tripConference) {
        show(true);
        box.setSelected(proposal.isNew());
        box.setText(proposal.isNew()
                ? "Add the conference to the trip: " + proposal.changes().get(0).replaceFirst("^adds the conference ", "")
                : "Update the trip's conference \"" + tripConference + "\" to match the programme: "
                        + String.join("; ", proposal.changes()));
    }

    void hide() {
        show(false);
    }

    /** Whether the conference change is offered and ticked. */
    boolean accepted() {
        return box.isVisible() && box.isSelected();
    }

    private void show(boolean shown) {
        box.setVisible(shown);
        box.setManaged(shown);
    }
}
