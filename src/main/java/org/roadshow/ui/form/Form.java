package org.roadshow.ui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.roadshow.edit.Edit;
import org.roadshow.model.Project;
import org.roadshow.ui.document.Document;

/**
 * A form that edits one immutable value. It is filled from the value ({@link #load}); "Apply" (or Enter)
 * builds a new value from the fields and applies it as ONE edit through the document; "Revert" refills it.
 * Checks run on every change: a failing field gets the style class {@code invalid}, its problem is listed
 * under the fields, and Apply stays disabled until all checks pass.
 */
public abstract class Form<T> extends VBox {
    private record Check(Node field, String name, Supplier<String> problem) {
    }

    private static final javafx.css.PseudoClass READ_ONLY = javafx.css.PseudoClass.getPseudoClass("read-only");

    private final Document document;
    private final Label heading = new Label();
    private final GridPane grid = new GridPane();
    private final Label problems = new Label();
    private final Button apply = new Button("Apply");
    private final Button revert = new Button("Revert");
    private final List<Check> checks = new ArrayList<>();
    private final List<Node> fields = new ArrayList<>();
    private final BooleanProperty changed = new SimpleBooleanProperty(this, "changed");
    private final BooleanProperty valid = new SimpleBooleanProperty(this, "valid", true);
    /** Held by the form; the document holds it only weakly, so that forms no longer shown can go. */
    private final javafx.beans.value.ChangeListener<Boolean> readOnlyStyle =
            (o, was, now) -> pseudoClassStateChanged(READ_ONLY, now);
    private Runnable onDismiss;
    private T original;
    private Project project;
    private boolean loading;
    private int rows;

    protected Form(String title, Document document) {
        this.document = document;
        getStyleClass().add("form");
        heading.setText(title);
        heading.getStyleClass().add("form-heading");
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.disableProperty().bind(document.readOnlyProperty());
        problems.getStyleClass().add("form-problems");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setVisible(false);
        apply.getStyleClass().add("apply-button");
        apply.setOnAction(e -> apply());
        revert.setOnAction(e -> revert());
        apply.disableProperty().bind(changed.not().or(valid.not()).or(document.readOnlyProperty()));
        revert.disableProperty().bind(changed.not());
        HBox buttons = new HBox(8, revert, apply);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("form-buttons");
        // Read-only: the fields stay readable (see .form:read-only in light.css) and the buttons go away.
        buttons.visibleProperty().bind(document.readOnlyProperty().not());
        buttons.managedProperty().bind(buttons.visibleProperty());
        pseudoClassStateChanged(READ_ONLY, document.isReadOnly());
        document.readOnlyProperty().addListener(new javafx.beans.value.WeakChangeListener<>(readOnlyStyle));
        getChildren().addAll(heading, grid, problems, buttons);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof ComboBoxBase<?> c && c.isShowing()) {
                return; // Enter and Escape belong to the open pop-up
            }
            if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof TextArea) && !apply.isDisabled()) {
                apply();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && changed.get()) {
                revert();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && onDismiss != null) {
                onDismiss.run();
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::undoFromField);
    }

    /**
     * Undo and redo keys typed in a field go to the document once the form holds no unapplied typing: a text
     * field would otherwise take them for its own text ("edit, Enter, oops, Ctrl+Z" would do nothing).
     * While there is unapplied typing the field keeps its own text undo.
     */
    private void undoFromField(KeyEvent e) {
        if (changed.get() || document.isReadOnly() || !e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean undo = e.getCode() == KeyCode.Z && !e.isShiftDown();
        boolean redo = e.getCode() == KeyCode.Z && e.isShiftDown() || e.getCode() == KeyCode.Y && !e.isShiftDown();
        if (undo) {
            e.consume();
            document.undo();
        } else if (redo) {
            e.consume();
            document.redo();
        }
    }

    /** What Escape does on the form when nothing is typed into it (a new item, untouched, goes away). */
    public final void setOnDismiss(Runnable action) {
        onDismiss = action;
    }

    /** Fills the fields from the value; the project gives the choices (people, conferences, booths). */
    protected abstract void fill(T value, Project project);

    /** A new value from the fields; called only when every check passes. */
    protected abstract T build();

    /** The one edit that puts the built value into the project. */
    protected abstract Edit edit(T value);

    public final void load(T value, Project inProject) {
        loading = true;
        try {
            original = value;
            project = inProject;
            fill(value, inProject);
        } finally {
            loading = false;
        }
        changed.set(false);
        revalidate();
    }

    /** Applies the fields as one edit. Returns whether the project changed. */
    public final boolean apply() {
        revalidate();
        if (!valid.get() || original == null || document.isReadOnly()) {
            return false;
        }
        T next = build();
        if (next.equals(original)) {
            changed.set(false);
            return false;
        }
        return document.apply(edit(next));
    }

    public final void revert() {
        if (original != null) {
            load(original, project);
        }
    }

    /** What the form edits, as its heading says: "Talk", "Booth duty", "Person". */
    public final String title() {
        return heading.getText();
    }

    /** Puts the keyboard focus in the first field, with its text selected so that typing replaces it. */
    public final void focusFirstField() {
        fields.stream().filter(n -> !n.isDisabled()).findFirst().ifPresent(Form::focus);
    }

    /** Puts the keyboard focus on the first field that fails a check, if any. */
    public final void focusFirstProblem() {
        checks.stream().map(Check::field).filter(f -> f.getStyleClass().contains("invalid")).findFirst()
                .ifPresent(Form::focus);
    }

    private static void focus(Node node) {
        Node target = node instanceof FormField f ? f.focusTarget() : node;
        target.requestFocus();
        if (target instanceof TextInputControl t) {
            t.selectAll();
        }
    }

    public final T original() {
        return original;
    }

    protected final Project project() {
        return project;
    }

    protected final Document document() {
        return document;
    }

    public final boolean hasChanges() {
        return changed.get();
    }

    public final ReadOnlyBooleanProperty validProperty() {
        return BooleanProperty.readOnlyBooleanProperty(valid);
    }

    public final Button applyButton() {
        return apply;
    }

    public final Button revertButton() {
        return revert;
    }

    /** The problems listed under the fields, one per line; empty when all is well. */
    public final String problemsText() {
        return problems.getText();
    }

    public final void setHeading(String text) {
        heading.setText(text);
    }

    /** Adds a labelled row and watches the field for changes. */
    protected final <N extends Node> N field(String label, N node) {
        Label l = new Label(label);
        l.getStyleClass().add("form-label");
        l.setLabelFor(node);
        if (node instanceof TextArea || node instanceof HoursEditor) {
            GridPane.setValignment(l, VPos.TOP);
            l.setPadding(new Insets(5, 0, 0, 0));
        }
        GridPane.setHgrow(node, Priority.ALWAYS);
        grid.addRow(rows++, l, node);
        fields.add(node);
        if (node instanceof TextArea area) {
            tabLeaves(area);
        }
        watch(node);
        return node;
    }

    /**
     * Tab moves on to the next field instead of typing a tab character, so that a form can be filled in
     * with the keyboard alone (a text area otherwise keeps the focus for ever).
     */
    private static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isShortcutDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), KeyEvent.KEY_PRESSED, e.getCharacter(),
                        e.getText(), KeyCode.TAB, e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }

    /** Adds a labelled row with a quiet explanation under it. */
    protected final <N extends Node> N field(String label, N node, String hintText) {
        field(label, node);
        hint(hintText);
        return node;
    }

    /** Adds a quiet explanatory line under the previous row; returned so that a form may change its text. */
    protected final Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-hint");
        l.setWrapText(true);
        grid.add(l, 1, rows++);
        return l;
    }

    /** Adds a check: the supplier returns what is wrong with the field, or null. */
    protected final void check(Node field, String name, Supplier<String> problem) {
        checks.add(new Check(field, name, problem));
    }

    protected final void required(TextInputControl field, String name) {
        check(field, name, () -> field.getText() == null || field.getText().isBlank() ? "required" : null);
    }

    /** Re-checks and counts as a change whenever any of these nodes changes. */
    protected final void watch(Node... nodes) {
        for (Node node : nodes) {
            for (Observable o : observables(node)) {
                o.addListener(x -> onFieldChanged());
            }
        }
    }

    private static Observable[] observables(Node node) {
        if (node instanceof FormField f) {
            return f.observables();
        } else if (node instanceof TextInputControl t) {
            return new Observable[] {t.textProperty()};
        } else if (node instanceof ComboBoxBase<?> c) {
            return new Observable[] {c.valueProperty()};
        } else if (node instanceof CheckBox c) {
            return new Observable[] {c.selectedProperty()};
        } else if (node instanceof Spinner<?> s) {
            return new Observable[] {s.valueProperty()};
        } else if (node instanceof javafx.scene.control.ChoiceBox<?> c) {
            return new Observable[] {c.valueProperty()};
        }
        return new Observable[0];
    }

    private void onFieldChanged() {
        if (!loading) {
            changed.set(true);
            revalidate();
        }
    }

    /** Runs every check, marks the failing fields and lists their problems. */
    protected final void revalidate() {
        Map<Node, String> failing = new LinkedHashMap<>();
        List<String> messages = new ArrayList<>();
        for (Check c : checks) {
            String problem = failing.containsKey(c.field()) ? null : c.problem().get();
            if (problem != null) {
                failing.put(c.field(), problem);
                messages.add(c.name() + ": " + problem);
            }
        }
        for (Check c : checks) {
            c.field().getStyleClass().remove("invalid");
            if (failing.containsKey(c.field())) {
                c.field().getStyleClass().add("invalid");
            }
        }
        problems.setText(String.join("\n", messages));
        problems.setVisible(!messages.isEmpty());
        valid.set(messages.isEmpty());
    }
}
