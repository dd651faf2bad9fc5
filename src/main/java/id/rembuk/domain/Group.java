package id.rembuk.domain;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An FGD group: one per dimension (Tahap II onwards) or one per readiness element (Tahap I). The id is
 * the dimension code or the element name, so laptops seeded separately still agree on the groups.
 *
 * @param leader    name of the group's leader (ketua kelompok)
 * @param noteTaker name of the note-taker (notulis)
 * @param place     table or room where the group sits
 */
public record Group(String id, String leader, String noteTaker, String place) implements SessionRecord {

    public static final String F_ELEMENT = "element";
    public static final String F_LEADER = "leader";
    public static final String F_NOTE_TAKER = "note_taker";
    public static final String F_PLACE = "place";

    public Group {
        InvalidValue.check(id != null && (Dimension.ofCode(id).map(Dimension::code).filter(id::equals).isPresent()
                || elementOf(id).isPresent()), "domain.invalid.group", id);
        leader = Text.optional(leader, 200);
        noteTaker = Text.optional(noteTaker, 200);
        place = Text.optional(place, 200);
    }

    public static String idFor(Dimension d) {
        return d.code();
    }

    public static String idFor(Element e) {
        return e.name();
    }

    public static Group of(Dimension d) {
        return new Group(idFor(d), "", "", "");
    }

    public static Group of(Element e) {
        return new Group(idFor(e), "", "", "");
    }

    public Optional<Dimension> dimension() {
        return Dimension.ofCode(id);
    }

    public Optional<Element> element() {
        return elementOf(id);
    }

    private static Optional<Element> elementOf(String id) {
        return Arrays.stream(Element.values()).filter(e -> e.name().equals(id)).findFirst();
    }

    @Override
    public EntityKind kind() {
        return EntityKind.GROUP;
    }

    @Override
    public List<Edit> toEdits() {
        // The dimension or element is written although the id implies it: it keeps the entity live
        // when nobody is named yet, and lets counts per dimension read one field for every kind.
        return new Fields.Writer(kind(), id).value(F_DIMENSION, dimension()).value(F_ELEMENT, element())
                .text(F_LEADER, leader).text(F_NOTE_TAKER, noteTaker).text(F_PLACE, place).build();
    }

    public static Group from(EntityState e) {
        return new Group(e.key().id(), Fields.text(e, F_LEADER), Fields.text(e, F_NOTE_TAKER), Fields.text(e, F_PLACE));
    }
}
