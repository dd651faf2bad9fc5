package id.rembuk.domain;

import id.rembuk.domain.change.Change;
import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.EntityState;
import id.rembuk.domain.change.FieldState;
import java.util.Objects;
import java.util.List;
import java.util.TreeSet;

/**
 * The facilitator's decision about two registrations that may be one person (registered on two
 * laptops). The participants themselves are never changed: a confirmed pair is read as one person
 * ({@link People}), so setting the status to {@link Status#SEPARATE} or deleting the decision gives
 * both registrations back exactly as they were. The id is derived from the sorted pair, so two
 * laptops deciding about the same pair write one record.
 *
 * @param keep   id of the registration kept (its details show for the person)
 * @param other  id of the other registration of the same person
 * @param reason what made the pair look alike
 */
public record SamePerson(String id, String keep, String other, Duplicates.Reason reason, Status status)
        implements SessionRecord {
    public static final String F_KEEP = "keep";
    public static final String F_OTHER = "other";
    public static final String F_REASON = "reason";
    public static final String F_STATUS = "status";

    /** SEPARATE is "not the same person": a dismissed suggestion stays dismissed on every laptop. */
    public enum Status implements Labelled {
        CONFIRMED, SEPARATE;

        @Override
        public String labelGroup() {
            return "same_person";
        }
    }

    public SamePerson {
        Ids.require(keep, "participant");
        Ids.require(other, "participant");
        InvalidValue.check(!keep.equals(other), "domain.invalid.same_person", keep);
        InvalidValue.check(idFor(keep, other).equals(id), "domain.invalid.id", "same person");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
    }

    public static SamePerson of(String keep, String other, Duplicates.Reason reason, Status status) {
        return new SamePerson(idFor(keep, other), keep, other, reason, status);
    }

    /** The same for (a, b) and (b, a). */
    public static String idFor(String a, String b) {
        return a.compareTo(b) <= 0 ? Ids.derived("same_person", a, b) : Ids.derived("same_person", b, a);
    }

    public boolean confirmed() {
        return status == Status.CONFIRMED;
    }

    /** Whether this decision is about the pair (a, b) in either order. */
    public boolean about(String a, String b) {
        return keep.equals(a) && other.equals(b) || keep.equals(b) && other.equals(a);
    }

    @Override
    public EntityKind kind() {
        return EntityKind.SAME_PERSON;
    }

    @Override
    public List<Edit> toEdits() {
        return new Fields.Writer(kind(), id).text(F_KEEP, keep).text(F_OTHER, other).value(F_REASON, reason)
                .value(F_STATUS, status).build();
    }

    /**
     * Two laptops may have kept different registrations of the pair: {@code keep} and {@code other}
     * then each hold both ids as a conflict. The pair is every id either field holds, the kept one
     * the value {@code keep} shows, so the record stays a valid pair until the facilitator decides.
     */
    public static SamePerson from(EntityState e) {
        String keep = Fields.text(e, F_KEEP);
        TreeSet<String> pair = new TreeSet<>();
        for (String f : List.of(F_KEEP, F_OTHER)) {
            FieldState s = e.fields().get(f);
            if (s != null) {
                s.heads().stream().map(Change::value).filter(Objects::nonNull).forEach(pair::add);
            }
        }
        pair.remove(keep);
        String other = pair.isEmpty() ? Fields.text(e, F_OTHER) : pair.first();
        return new SamePerson(e.key().id(), keep, other,
                Fields.enumOr(e, F_REASON, Duplicates.Reason.class, Duplicates.Reason.NAME_AND_INSTITUTION),
                Fields.enumOr(e, F_STATUS, Status.class, Status.CONFIRMED));
    }
}
