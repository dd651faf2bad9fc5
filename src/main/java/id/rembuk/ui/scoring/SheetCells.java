package id.rembuk.ui.scoring;

import id.rembuk.domain.Criterion;
import id.rembuk.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** The score sheet's cells: the programme, the scorer's own value per criterion, the aggregates. */
final class SheetCells {
    private SheetCells() {
    }

    /** The ref badge and the programme's name. */
    static final class ProgrammeCell extends TableCell<ScoringRow, ScoringRow> {
        @Override
        protected void updateItem(ScoringRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label ref = new Label(r.ref());
            ref.getStyleClass().addAll("scoring-ref", "dim-" + r.dimension().code());
            ref.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(r.name());
            name.getStyleClass().add("scoring-name");
            name.setMinWidth(0);
            // two lines for a long name: the column cannot be wider beside seven criteria
            name.setWrapText(true);
            name.setMaxHeight(Double.MAX_VALUE);
            HBox box = new HBox(8, ref, name);
            box.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(name, Priority.ALWAYS);
            setGraphic(box);
            setText(null);
            setTooltip(new Tooltip(r.name()));
        }
    }

    /** The current scorer's own value, or a dash when they have not scored it (never a 0). */
    static final class ValueCell extends TableCell<ScoringRow, ScoringRow> {
        private final Criterion criterion;

        ValueCell(Criterion criterion) {
            this.criterion = criterion;
            getStyleClass().add("scoring-value");
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(ScoringRow r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll("v1", "v2", "v3", "v4", "v5", "missing");
            if (empty || r == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            int v = r.value(criterion);
            if (v == 0) {
                setText("–");
                getStyleClass().add("missing");
                setAccessibleText(Messages.get("scoring.cell.missing"));
            } else {
                setText(Integer.toString(v));
                getStyleClass().add("v" + v);
                setAccessibleText(Integer.toString(v));
            }
        }
    }

    /** Score with a small bar, spread, number of scorers, rank; "belum dinilai" before anyone scored. */
    static final class AggregateCell extends TableCell<ScoringRow, ScoringRow> {
        enum Kind { SCORE, SPREAD, SCORERS, RANK }

        private final Kind kind;

        AggregateCell(Kind kind) {
            this.kind = kind;
            getStyleClass().addAll("scoring-aggregate", "agg-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            setAlignment(kind == Kind.SCORE ? Pos.CENTER_LEFT : Pos.CENTER);
        }

        @Override
        protected void updateItem(ScoringRow r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().removeAll("missing", "filled");
            setGraphic(null);
            if (empty || r == null) {
                setText(null);
                return;
            }
            getStyleClass().add("filled");
            if (!r.scored() && kind != Kind.SCORERS) {
                setText(kind == Kind.SCORE ? Messages.get("scoring.unscored.short") : "–");
                getStyleClass().add("missing");
                return;
            }
            switch (kind) {
                case SCORE -> {
                    setText(null);
                    Label value = new Label(r.score());
                    value.getStyleClass().add("scoring-score");
                    value.setMinWidth(Region.USE_PREF_SIZE);
                    Region bar = new Region();
                    bar.getStyleClass().add("scoring-minibar");
                    bar.setPrefWidth(Math.max(2, 36 * r.percent().getAsDouble() / 100));
                    bar.setMaxHeight(8);
                    bar.setMaxWidth(Region.USE_PREF_SIZE);
                    StackPane track = new StackPane(bar);
                    track.getStyleClass().add("scoring-minitrack");
                    track.setAlignment(Pos.CENTER_LEFT);
                    track.setPrefWidth(36);
                    track.setMaxHeight(8);
                    track.setMinWidth(36);
                    HBox box = new HBox(6, value, track);
                    box.setAlignment(Pos.CENTER_LEFT);
                    setGraphic(box);
                }
                case SPREAD -> setText(r.spread());
                case SCORERS -> setText(Integer.toString(r.scorers()));
                case RANK -> setText(Integer.toString(r.rank()));
                default -> throw new IllegalStateException();
            }
        }
    }
}
