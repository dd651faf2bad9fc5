package id.rembuk.domain;

import java.util.Optional;

final class SubDimensions {
    private SubDimensions() {
    }

    static void requireWithin(Optional<SubDimension> sub, Dimension dimension) {
        sub.ifPresent(s -> InvalidValue.check(s.dimension() == dimension, "domain.invalid.sub_dimension",
                s.code(), dimension.code()));
    }
}
