package id.rembuk.groups;

import id.rembuk.domain.EntityKind;
import id.rembuk.domain.Participant;
import id.rembuk.domain.Records;
import id.rembuk.domain.change.SessionState;
import id.rembuk.report.json.SessionJsonCodec;
import java.nio.file.Path;
import java.util.List;

/** The sample session's people, read from the JSON the app's "Buka contoh" imports. */
final class GroupSample {
    private GroupSample() {
    }

    static SessionState state() {
        try {
            return SessionState.fold(SessionJsonCodec.read(Path.of("samples/banggai-tahap1.json")).changes());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Participant> people() {
        return Records.read(state(), EntityKind.PARTICIPANT, Participant::from).records();
    }
}
