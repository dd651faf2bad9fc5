package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.List;
import java.util.Objects;

/**
 * A line of the minutes (notulensi): a point discussed, a conclusion or a decision.
 *
 * @param agendaItemId the block it was said in, empty if none
 * @param group        the group whose discussion it records, empty for the plenary
 * @param speaker      who said it
 */
public record Note(String id, String agendaItemId, String group, Kind type, String speaker, String text, int order)
        implements SessionRecord {

    public static final String F_AGENDA_ITEM = "agenda_item";
    public static final String F_GROUP = "group";
    public static final String F_TYPE = "type";
    public static final String F_SPEAKER = "speaker";
    public static final String F_TEXT = "text";
    public static final String F_ORDER = "order";

    public enum Kind implements Labelled {
        POINT, CONCLUSION, DECISION;

        @Override
        public String labelGroup() {
            return "note_kind";
        }
    }

    public Note {
        Ids.require(id, "note");
        agendaItemId = Ids.optional(agendaItemId, "agenda item");
        group = Ids.optional(group, "group");
        Objects.requireNonNull(type, "type");
        speaker = Text.optional(speaker, 200);
        text = Text.required(text, "text", 8000);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.NOTE;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_AGENDA_ITEM, agendaItemId).text(F_GROUP, group)
                .value(F_TYPE, type).text(F_SPEAKER, speaker).text(F_TEXT, text).integer(F_ORDER, order).build();
    }

    public static Note from(EntityState e) {
        return new Note(e.key().id(), Fields.text(e, F_AGENDA_ITEM), Fields.text(e, F_GROUP),
                Fields.enumOr(e, F_TYPE, Kind.class, Kind.POINT), Fields.text(e, F_SPEAKER), Fields.text(e, F_TEXT),
                Fields.integer(e, F_ORDER, 0));
    }
}
