package id.rembuk.domain.change;

/** Identifies one entity of a session: its kind code and its id. */
public record EntityKey(String kind, String id) implements Comparable<EntityKey> {
    @Override
    public int compareTo(EntityKey o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : id.compareTo(o.id);
    }
}
