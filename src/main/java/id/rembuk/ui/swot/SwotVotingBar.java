package id.rembuk.ui.swot;

import atlantafx.base.theme.Styles;
import id.rembuk.domain.SwotBoard;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The voting strip above a SWOT board: the round's status; on the facilitator's screen the budget
 * and the open/close buttons and every group's dots left; who votes and their dots left. On a
 * group's laptop it stays hidden until the first round.
 */
final class SwotVotingBar {
    private final SwotBoardViewModel vm;
    private final boolean facilitator;

    SwotVotingBar(SwotBoardViewModel vm) {
        this.vm = vm;
        this.facilitator = vm.ownGroup() == null;
    }

    Node root() {
        Label status = new Label();
        status.setId("swotVotingStatus");
        status.getStyleClass().add("swot-voting-status");
        status.setGraphic(new FontIcon(Material2OutlinedAL.HOW_TO_VOTE));
        status.textProperty().bind(vm.votingStatusProperty());
        status.setMinWidth(0);
        id.rembuk.ui.FullText.onHover(status);
        status.setTooltip(new Tooltip());
        status.getTooltip().textProperty().bind(vm.votingStatusProperty());
        HBox row = new HBox(10, status);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("swot-voting");

        if (facilitator) {
            Spinner<Integer> dots = new Spinner<>(1, SwotBoard.MAX_BUDGET, 5);
            dots.setId("swotBudget");
            dots.setEditable(true);
            dots.setPrefWidth(115);
            dots.getStyleClass().add(Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
            dots.setTooltip(new Tooltip(Messages.get("swot.budget.tooltip")));
            ComboBox<SwotBoard.BudgetPer> per = new ComboBox<>();
            per.setId("swotBudgetPer");
            per.getItems().setAll(SwotBoard.BudgetPer.values());
            per.setValue(SwotBoard.BudgetPer.GROUP);
            per.setConverter(new StringConverter<>() {
                @Override
                public String toString(SwotBoard.BudgetPer p) {
                    return p == null ? "" : Messages.get(p.messageKey());
                }

                @Override
                public SwotBoard.BudgetPer fromString(String s) {
                    return null;
                }
            });
            Label dotsLabel = new Label(Messages.get("swot.budget.label"));
            dotsLabel.setMinWidth(Region.USE_PREF_SIZE);
            Button open = new Button(Messages.get("swot.round.open"), new FontIcon(Material2MZ.PLAY_ARROW));
            open.setId("swotOpenRound");
            open.getStyleClass().add(Styles.ACCENT);
            open.setMinWidth(Region.USE_PREF_SIZE);
            open.setOnAction(e -> {
                dots.commitValue();
                vm.openRound(dots.getValue(), per.getValue());
            });
            Button close = new Button(Messages.get("swot.round.close"), new FontIcon(Material2MZ.STOP));
            close.setId("swotCloseRound");
            close.setMinWidth(Region.USE_PREF_SIZE);
            close.setOnAction(e -> vm.closeRound());
            HBox opening = new HBox(6, dotsLabel, dots, per, open);
            opening.setAlignment(Pos.CENTER_LEFT);
            Observe.whileAlive(row, () -> {
                boolean on = vm.roundOpenProperty().get();
                opening.setVisible(!on);
                opening.setManaged(!on);
                close.setVisible(on);
                close.setManaged(on);
                if (!on) {
                    dots.getValueFactory().setValue(vm.budgetProperty().get());
                    per.setValue(vm.budgetPerProperty().get());
                }
            }, vm.roundOpenProperty(), vm.budgetProperty(), vm.budgetPerProperty());
            row.getChildren().addAll(opening, close);
        }

        ComboBox<SwotBoardViewModel.Choice> voter = Choices.box(vm.voters(), "swotVoter");
        voter.setPromptText(Messages.get("swot.voter.prompt"));
        voter.setPrefWidth(215);
        Observe.whileAlive(voter, () -> Choices.select(voter, vm.voterProperty().get()), vm.voterProperty(), vm.voters());
        voter.valueProperty().addListener((o, old, c) -> {
            if (c != null && !c.id().equals(vm.voterProperty().get())) {
                vm.voterProperty().set(c.id());
            }
        });
        voter.setAccessibleText(Messages.get("swot.voter.label"));
        voter.setTooltip(new Tooltip(Messages.get("swot.voter.label")));
        Label left = new Label();
        left.setId("swotRemaining");
        left.getStyleClass().add("swot-remaining");
        left.textProperty().bind(vm.remainingTextProperty());
        left.setMinWidth(Region.USE_PREF_SIZE);
        HBox voting = new HBox(6, voter, left);
        voting.setAlignment(Pos.CENTER_LEFT);
        // a group laptop voting as its group has nobody to choose
        Observe.whileAlive(voting, () -> {
            boolean show = vm.roundOpenProperty().get();
            voting.setVisible(show);
            voting.setManaged(show);
            boolean choose = facilitator || vm.voters().size() > 1;
            voter.setVisible(choose);
            voter.setManaged(choose);
        }, vm.roundOpenProperty(), vm.voters());
        row.getChildren().add(voting);

        HBox strip = new HBox(4);
        strip.setId("swotVoterDots");
        strip.setAlignment(Pos.CENTER_LEFT);
        Observe.whileAlive(strip, () -> {
            strip.getChildren().clear();
            if (!facilitator || vm.voterDots().isEmpty()) {
                return;
            }
            for (SwotBoardViewModel.VoterDots d : vm.voterDots()) {
                Label chip = new Label(d.label() + " " + d.left());
                chip.getStyleClass().addAll("swot-chip", d.style());
                chip.setMinWidth(Region.USE_PREF_SIZE);
                if (d.left() == 0) {
                    chip.getStyleClass().add("swot-chip-spent");
                }
                chip.setTooltip(new Tooltip(Messages.get("swot.voting.leftOf", d.label(), d.left(), d.budget())));
                strip.getChildren().add(chip);
            }
        }, vm.voterDots());
        Label people = new Label();
        people.getStyleClass().add(Styles.TEXT_MUTED);
        people.textProperty().bind(vm.voterSummaryProperty());
        people.setMinWidth(0);
        row.getChildren().addAll(strip, people);
        if (!facilitator) {
            // a group has nothing to do here before the facilitator's first round: the board keeps the room
            Observe.whileAlive(row, () -> {
                boolean any = vm.roundProperty().get() > 0;
                row.setVisible(any);
                row.setManaged(any);
            }, vm.roundProperty());
        }
        return row;
    }
}
