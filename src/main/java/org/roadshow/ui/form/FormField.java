package org.roadshow.ui.form;

import javafx.beans.Observable;

/** A composite form field: tells the form what to watch for changes. */
public interface FormField {
    Observable[] observables();
}
