package id.rembuk.ui.shell;

/** What the main window shows. BREAKOUT is one group's screen, without menus or sidebar. */
public enum Screen {
    WELCOME, SESSION_FORM, SESSION, BREAKOUT
}
