package org.roadshow.ui.programme;

import java.util.Comparator;
import java.util.function.Function;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.roadshow.model.Session;

/**
 * The sessions table: star, clash mark, time, title, speakers, room, track, and the programme when several
 * are shown together. A TableView creates cells only for the visible rows, so 1,400 sessions cost no more
 * than 40. Clicking the star (or pressing Space or S on a row) stars the session for the selected person
 * through one edit. The words of the search are marked in the text columns; the When column is as wide as
 * its widest time, so no time is cut.
 */
final class ProgrammeTable extends TableView<SessionRow> {
    static final String STARRED = "★";
    static final String UNSTARRED = "☆";
    /** The mark of a starred session at the same time as another starred one. */
    static final String SAME_TIME = "⇄";
    private final TableColumn<SessionRow, Session> when;
    private final TableColumn<SessionRow, Session> event;

    ProgrammeTable(ProgrammeViewModel vm) {
        SortedList<SessionRow> sorted = new SortedList<>(vm.visible());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        getStyleClass().add("programme-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No session matches the search and filters."));

        TableColumn<SessionRow, Session> star = new TableColumn<>(STARRED);
        star.setId("star-column");
        star.setCellValueFactory(c -> c.getValue().sessionProperty());
        star.setCellFactory(c -> new StarCell(vm));
        star.setComparator(Comparator.comparing((Session s) -> !s.starredBy(vm.personIdProperty().get())));
        fixed(star, 34);

        TableColumn<SessionRow, SessionRow> clash = new TableColumn<>("⚠");
        clash.setId("clash-column");
        clash.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        clash.setCellFactory(c -> new ClashCell());
        fixed(clash, 30);

        when = column(vm, "When", SessionRow::when, false, 160);
        when.setId("when-column");
        when.setComparator(Comparator.comparing(Session::start).thenComparing(Session::room));
        TableColumn<SessionRow, Session> title = column(vm, "Title", Session::title, true, 340);
        title.setId("title-column");
        title.setComparator(Comparator.comparing(Session::title, String.CASE_INSENSITIVE_ORDER));
        TableColumn<SessionRow, Session> speakers = column(vm, "Speakers", x -> String.join(", ", x.speakers()), true, 180);
        speakers.setComparator(Comparator.comparing(s -> String.join(", ", s.speakers()), String.CASE_INSENSITIVE_ORDER));
        TableColumn<SessionRow, Session> room = column(vm, "Room", Session::room, true, 110);
        room.setComparator(Comparator.comparing(Session::room, String.CASE_INSENSITIVE_ORDER));
        TableColumn<SessionRow, Session> track = column(vm, "Track", Session::track, true, 150);
        track.setComparator(Comparator.comparing(Session::track, String.CASE_INSENSITIVE_ORDER));
        event = new TableColumn<>("Programme");
        event.setPrefWidth(130);
        event.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().session()));
        event.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Session s, boolean empty) {
                super.updateItem(s, empty);
                SessionRow row = getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || row == null ? null : vm.programmeNameOf(row));
            }
        });
        event.setVisible(false);

        getColumns().add(star);
        getColumns().add(clash);
        getColumns().add(when);
        getColumns().add(title);
        getColumns().add(speakers);
        getColumns().add(room);
        getColumns().add(track);
        getColumns().add(event);
        getSortOrder().add(when);
        vm.rows().addListener((javafx.collections.ListChangeListener<SessionRow>) c -> {
            fitWhen(vm);
            event.setVisible(vm.shownProgrammes().size() > 1);
        });
        fitWhen(vm);

        setOnKeyPressed(e -> {
            SessionRow row = getSelectionModel().getSelectedItem();
            if (row != null && (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.S)) {
                vm.toggleStar(row.session());
                e.consume();
            }
        });
    }

    private static void fixed(TableColumn<SessionRow, ?> column, double width) {
        column.setMinWidth(width);
        column.setMaxWidth(width);
        column.setPrefWidth(width);
        column.setResizable(false);
        column.setReorderable(false);
    }

    /**
     * Makes the When column as wide as the longest time it shows, in the table's font, so that no end time is
     * cut ("Sun 7 Feb  11:20–11:…"); measured when other sessions are shown, not per row drawn.
     */
    private void fitWhen(ProgrammeViewModel vm) {
        Text probe = new Text();
        probe.setFont(Font.font(Font.getDefault().getFamily(), Math.max(13, Font.getDefault().getSize())));
        double widest = 0;
        java.util.Set<String> measured = new java.util.HashSet<>();
        for (SessionRow row : vm.rows()) {
            String text = SessionRow.when(row.session());
            if (measured.add(text)) {
                probe.setText(text);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
        }
        probe.setText("Sat 30 Sep  23:59–23:59");
        double width = Math.ceil(Math.max(widest, probe.getLayoutBounds().getWidth())) + 24; // cell padding, a margin
        when.setMinWidth(width);
        when.setPrefWidth(width);
    }

    /**
     * A text column whose cells redraw when the row's session changes; when {@code marked}, the words of the
     * search are marked in them (cells follow the search themselves, so a keystroke redraws only what shows).
     */
    private static TableColumn<SessionRow, Session> column(ProgrammeViewModel vm, String name, Function<Session, String> text,
                                                           boolean marked, double width) {
        TableColumn<SessionRow, Session> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> c.getValue().sessionProperty());
        column.setCellFactory(c -> new TextCell(vm, text, marked));
        return column;
    }

    private static final class TextCell extends TableCell<SessionRow, Session> {
        private final ProgrammeViewModel vm;
        private final Function<Session, String> text;
        private final javafx.beans.InvalidationListener redraw = o -> draw();
        private final javafx.beans.WeakInvalidationListener weakRedraw = new javafx.beans.WeakInvalidationListener(redraw);

        TextCell(ProgrammeViewModel vm, Function<Session, String> text, boolean marked) {
            this.vm = vm;
            this.text = text;
            if (marked) {
                vm.searchWordsProperty().addListener(weakRedraw);
            }
        }

        @Override
        protected void updateItem(Session s, boolean empty) {
            super.updateItem(s, empty);
            draw();
        }

        private void draw() {
            Session s = getItem();
            if (isEmpty() || s == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String shown = text.apply(s);
            java.util.List<int[]> matches = vm.searchWordsProperty().get().length == 0 ? java.util.List.of()
                    : SessionSearch.marks(shown, vm.searchWordsProperty().get());
            if (matches.isEmpty()) {
                setText(shown);
                setGraphic(null);
            } else {
                setText(null);
                setGraphic(MatchText.line(shown, matches));
            }
            getStyleClass().remove("cancelled");
            if (s.cancelled()) {
                getStyleClass().add("cancelled");
            }
        }
    }

    private static final class StarCell extends TableCell<SessionRow, Session> {
        private final ProgrammeViewModel vm;
        private final Label mark = new Label();

        StarCell(ProgrammeViewModel vm) {
            this.vm = vm;
            mark.getStyleClass().add("star");
            mark.setOnMouseClicked(e -> {
                if (getItem() != null) {
                    vm.toggleStar(getItem());
                    e.consume();
                }
            });
            getStyleClass().add("star-cell");
        }

        @Override
        protected void updateItem(Session s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            boolean on = s.starredBy(vm.personIdProperty().get());
            mark.setText(on ? STARRED : UNSTARRED);
            mark.getStyleClass().remove("starred");
            if (on) {
                mark.getStyleClass().add("starred");
            }
            String who = vm.personName(vm.personIdProperty().get());
            mark.setTooltip(new Tooltip((on ? "Unstar for " : "Star for ") + who));
            setGraphic(mark);
        }
    }

    /**
     * ⚠ when the session overlaps the person's own items (as the conflict check says), else ⇄ when it is starred
     * and another starred session runs at the same time; the tooltip says what with.
     */
    private static final class ClashCell extends TableCell<SessionRow, SessionRow> {
        private final Label mark = new Label();
        private final Tooltip tip = new Tooltip();
        private final javafx.beans.InvalidationListener redraw = o -> draw();
        private SessionRow watched;

        ClashCell() {
            mark.setTooltip(tip);
        }

        @Override
        protected void updateItem(SessionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (watched != null) {
                watched.clashProperty().removeListener(redraw);
                watched.sameTimeProperty().removeListener(redraw);
            }
            watched = empty ? null : row;
            if (watched != null) {
                watched.clashProperty().addListener(redraw);
                watched.sameTimeProperty().addListener(redraw);
            }
            draw();
        }

        private void draw() {
            if (watched == null || watched.clash().isEmpty() && watched.sameTime().isEmpty()) {
                setGraphic(null);
                return;
            }
            boolean own = !watched.clash().isEmpty();
            mark.setText(own ? "⚠" : SAME_TIME);
            mark.getStyleClass().setAll("label", own ? "clash" : "same-time");
            tip.setText(own && !watched.sameTime().isEmpty() ? watched.clash() + "\n" + watched.sameTime()
                    : own ? watched.clash() : watched.sameTime());
            setGraphic(mark);
        }
    }
}
