package org.roadshow.ui.form;

import javafx.beans.Observable;
import javafx.scene.Node;

/** A composite form field: tells the form what to watch for changes and where typing starts. */
public interface FormField {
    Observable[] observables();

    /** The part that takes the keyboard focus when the form sends the user to this field. */
    default Node focusTarget() {
        return (Node) this;
    }
}
