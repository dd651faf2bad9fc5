package id.rembuk.ui.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The file and folder choosers of this feature, so view models and tests need no window. */
public interface FilePickers {

    /** Session files to merge; empty when the user cancels. */
    List<Path> filesToMerge();

    /** The folder for the group files; empty when the user cancels. */
    Optional<Path> folder();
}
