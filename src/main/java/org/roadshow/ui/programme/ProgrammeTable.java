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
import org.roadshow.model.Session;

/**
 * The sessions table: star, clash mark, time, title, speakers, room, track. A TableView creates cells only
 * for the visible rows, so 1,400 sessions cost no more than 40. Clicking the star (or pressing Space or
 * S on a row) stars the session for the selected person through one edit.
 */
final class ProgrammeTable extends TableView<SessionRow> {
    static final String STARRED = "★";
    static final String UNSTARRED = "☆";

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

        TableColumn<SessionRow, String> clash = new TableColumn<>("⚠");
        clash.setId("clash-column");
        clash.setCellValueFactory(c -> c.getValue().clashProperty());
        clash.setCellFactory(c -> new ClashCell());
        fixed(clash, 30);

        TableColumn<SessionRow, Session> when = column("When", SessionRow::when, 160);
        when.setMinWidth(160); // "Sat 6 Feb  10:00–10:45" whole: the time is what people scan for
        when.setComparator(Comparator.comparing(Session::start).thenComparing(Session::room));
        TableColumn<SessionRow, Session> title = column("Title", Session::title, 340);
        title.setId("title-column");
        title.setComparator(Comparator.comparing(Session::title, String.CASE_INSENSITIVE_ORDER));
        TableColumn<SessionRow, Session> speakers = column("Speakers", x -> String.join(", ", x.speakers()), 180);
        speakers.setComparator(Comparator.comparing(s -> String.join(", ", s.speakers()), String.CASE_INSENSITIVE_ORDER));
        TableColumn<SessionRow, Session> room = column("Room", Session::room, 110);
        room.setComparator(Comparator.comparing(Session::room, String.CASE_INSENSITIVE_ORDER));
        TableColumn<SessionRow, Session> track = column("Track", Session::track, 150);
        track.setComparator(Comparator.comparing(Session::track, String.CASE_INSENSITIVE_ORDER));

        getColumns().add(star);
        getColumns().add(clash);
        getColumns().add(when);
        getColumns().add(title);
        getColumns().add(speakers);
        getColumns().add(room);
        getColumns().add(track);
        getSortOrder().add(when);

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

    /** A text column whose cells redraw when the row's session changes. */
    private static TableColumn<SessionRow, Session> column(String name, Function<Session, String> text, double width) {
        TableColumn<SessionRow, Session> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> c.getValue().sessionProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Session s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : text.apply(s));
                getStyleClass().remove("cancelled");
                if (s != null && s.cancelled()) {
                    getStyleClass().add("cancelled");
                }
            }
        });
        return column;
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

    private static final class ClashCell extends TableCell<SessionRow, String> {
        private final Label mark = new Label("⚠");
        private final Tooltip tip = new Tooltip();

        ClashCell() {
            mark.getStyleClass().add("clash");
            mark.setTooltip(tip);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            if (empty || text == null || text.isEmpty()) {
                setGraphic(null);
                return;
            }
            tip.setText(text);
            setGraphic(mark);
        }
    }
}
