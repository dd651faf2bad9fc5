package id.rembuk.ui.shell;

/** Whether every edit the user made is on disk; edits are written one action at a time. */
public enum SaveStatus {
    NO_SESSION, SAVING, SAVED
}
