package id.rembuk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rembuk.domain.change.Edit;
import id.rembuk.domain.change.SessionState;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {
    private static final Locale ID = Locale.forLanguageTag("id-ID");

    @Test
    void defaultsPerLanguage() {
        Labels l = Labels.of(SessionState.empty());
        assertThat(l.dimension(Dimension.GOV, ID)).isEqualTo("Smart Governance");
        assertThat(l.subDimension(SubDimension.ENV_SAMPAH, ID)).isEqualTo("Tata Kelola Sampah/Limbah");
        assertThat(l.subDimension(SubDimension.ENV_SAMPAH, Locale.ENGLISH)).isEqualTo("Waste management");
        assertThat(l.subDimension(SubDimension.ENV_SAMPAH, null)).isEqualTo("Tata Kelola Sampah/Limbah");
    }

    @Test
    void sessionOverridesWinAndAnEmptyOverrideFallsBack() {
        ChangeLog log = new ChangeLog()
                .apply(Label.of(Dimension.BRD, "Smart Branding Daerah", ""))
                .apply(Label.of(SubDimension.ECO_TRANSAKSI, "Transaksi Nontunai", "Cashless transactions"));
        Labels l = Labels.of(log.state());

        assertThat(l.dimension(Dimension.BRD, ID)).isEqualTo("Smart Branding Daerah");
        assertThat(l.dimension(Dimension.BRD, Locale.ENGLISH)).isEqualTo("Smart Branding");
        assertThat(l.subDimension(SubDimension.ECO_TRANSAKSI, ID)).isEqualTo("Transaksi Nontunai");
        assertThat(l.subDimension(SubDimension.ECO_TRANSAKSI, Locale.ENGLISH)).isEqualTo("Cashless transactions");
        assertThat(l.subDimension(SubDimension.ECO_INDUSTRI, ID)).isEqualTo("Industri");

        log.apply(List.of(Edit.delete("label", "BRD")));
        assertThat(Labels.of(log.state()).dimension(Dimension.BRD, ID)).isEqualTo("Smart Branding");
    }

    @Test
    void onlyDimensionAndSubDimensionCodesCanBeRelabelled() {
        assertThatThrownBy(() -> new Label("gov", "x", "")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Label("STRUKTUR", "x", "")).isInstanceOf(InvalidValue.class);
        // a label entity written with a bad code by another tool is skipped, not fatal
        ChangeLog log = new ChangeLog().apply(List.of(Edit.set("label", "NOPE", Label.F_LABEL_ID, "x")));
        assertThat(Labels.of(log.state()).dimension(Dimension.GOV, ID)).isEqualTo("Smart Governance");
    }
}
