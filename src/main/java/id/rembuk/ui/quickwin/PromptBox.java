package id.rembuk.ui.quickwin;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import id.rembuk.ui.Observe;
import id.rembuk.ui.quickwin.QuickWinViewModel.Prompt;
import id.rembuk.ui.quickwin.QuickWinViewModel.PromptKind;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The words asked before a write: a nudge's note, a choice's reason, or a yes before a written
 * profile is lost. Enter saves, Shift+Enter starts a new line, Esc cancels (nothing is written).
 */
final class PromptBox {
    private final QuickWinViewModel vm;
    private final Label title = new Label();
    private final Label warning = new Label();
    private final Label where = new Label();
    private final TextArea text = new TextArea();
    private final Label hint = new Label();
    private final Button ok = new Button();
    private final VBox box;

    PromptBox(QuickWinViewModel vm) {
        this.vm = vm;
        title.getStyleClass().add("qw-prompt-title");
        title.setWrapText(true);
        warning.getStyleClass().add("qw-prompt-warning");
        warning.setWrapText(true);
        where.getStyleClass().add(Styles.TEXT_MUTED);
        where.setWrapText(true);
        text.setId("qwPromptText");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.textProperty().bindBidirectional(vm.draftProperty());
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                e.consume();
                vm.confirm();
            } else if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                text.insertText(text.getCaretPosition(), "\n");
            }
        });
        hint.setId("qwPromptHint");
        hint.getStyleClass().add(Styles.DANGER);
        hint.setWrapText(true);
        hint.textProperty().bind(vm.draftHintProperty());
        hint.visibleProperty().bind(vm.draftHintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());
        ok.setId("qwPromptOk");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.setDefaultButton(false);
        ok.setOnAction(e -> vm.confirm());
        Button cancel = new Button(Messages.get("quickwin.prompt.cancel"));
        cancel.setId("qwPromptCancel");
        cancel.setOnAction(e -> vm.cancelPrompt());
        HBox buttons = new HBox(8, ok, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label(Messages.get("quickwin.prompt.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        keys.setWrapText(true);
        box = new VBox(6, title, warning, where, text, hint, buttons, keys);
        box.setId("qwPrompt");
        box.getStyleClass().add("qw-prompt");
        box.visibleProperty().bind(vm.promptProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        Observe.whileAlive(box, this::update, vm.promptProperty());
    }

    Node root() {
        return box;
    }

    private void update() {
        Prompt p = vm.promptProperty().get();
        if (p == null) {
            return;
        }
        boolean broken = !p.warning().isEmpty();
        switch (p.kind()) {
            case NUDGE -> {
                title.setText(Messages.get("quickwin.prompt.nudge.title", p.ref()));
                text.setPromptText(Messages.get("quickwin.prompt.nudge.placeholder"));
                ok.setText(Messages.get("quickwin.prompt.ok"));
            }
            case CHOOSE -> {
                title.setText(Messages.get("quickwin.prompt.choose.title", p.ref()));
                text.setPromptText(Messages.get(broken ? "quickwin.prompt.choose.placeholderBroken"
                        : "quickwin.prompt.choose.placeholder"));
                ok.setText(Messages.get("quickwin.prompt.ok"));
            }
            case UNCHOOSE -> {
                title.setText(Messages.get("quickwin.prompt.unchoose.title", p.ref()));
                ok.setText(Messages.get("quickwin.prompt.okUnchoose"));
            }
            default -> throw new IllegalStateException();
        }
        boolean nudge = p.kind() == PromptKind.NUDGE;
        // a nudge says where it goes; a choice or un-choice warns only when there is something to say
        where.setText(nudge ? p.warning() : "");
        where.setVisible(nudge);
        where.setManaged(nudge);
        warning.setText(nudge ? "" : p.warning());
        warning.setVisible(!nudge && broken);
        warning.setManaged(warning.isVisible());
        text.setVisible(p.needsText());
        text.setManaged(p.needsText());
    }

    /** The text for a note or reason, else the button. */
    void focus() {
        Prompt p = vm.promptProperty().get();
        if (p != null && p.needsText()) {
            text.requestFocus();
            text.end();
        } else {
            ok.requestFocus();
        }
    }
}
