package id.rembuk.ui.breakout;

import atlantafx.base.theme.Styles;
import id.rembuk.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A PIN field that takes digits only, with a message line under it; large enough for a finger. */
final class PinPrompt extends VBox {
    private final PasswordField pin = digitsField("breakoutPin");
    private final Label message = new Label();

    PinPrompt(String titleKey, String okKey, Runnable ok, Runnable cancel) {
        super(14);
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        message.setId("breakoutPinMessage");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        Button yes = new Button(Messages.get(okKey));
        yes.setId("breakoutPinOk");
        yes.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        yes.setDefaultButton(true);
        yes.setOnAction(e -> ok.run());
        Button no = new Button(Messages.get("breakout.cancel"));
        no.setId("breakoutPinCancel");
        no.getStyleClass().add(Styles.LARGE);
        no.setCancelButton(true);
        no.setOnAction(e -> cancel.run());
        HBox buttons = new HBox(10, no, yes);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(title, pin, message, buttons);
        getStyleClass().addAll("overlay-card", "breakout-pin");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    static PasswordField digitsField(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPromptText(Messages.get("breakout.pinPrompt"));
        f.setTextFormatter(new TextFormatter<String>(c ->
                c.getControlNewText().matches("\\d{0," + BreakoutLock.MAX_PIN + "}") ? c : null));
        f.getStyleClass().add("breakout-pin-field");
        return f;
    }

    String pin() {
        return pin.getText();
    }

    void say(String text) {
        message.setText(text);
        pin.clear();
        pin.requestFocus();
    }

    void focus() {
        pin.requestFocus();
    }
}
