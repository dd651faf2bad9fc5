package id.rembuk.ui.shell;

/** What the main window shows. */
public enum Screen {
    WELCOME, SESSION_FORM, SESSION
}
