package id.rembuk.report.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The documents are PDF/A-2b by the reference validator (veraPDF), not only by our own checklist:
 * an archive that receives them may refuse anything less.
 */
class PdfAConformanceTest {
    @BeforeAll
    static void setUp() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        DocumentsTest.load();
    }

    static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                    .distinct().collect(Collectors.toList());
        }
    }

    @Test
    void attendanceListIsPdfA2b() throws Exception {
        assertThat(failures(AttendanceList.render(DocumentsTest.sample, DocumentsTest.OPTIONS.withBlankRows(3)))).isEmpty();
    }

    @Test
    void beritaAcaraWithALogoIsPdfA2b() throws Exception {
        assertThat(failures(BeritaAcara.render(DocumentsTest.tahapIV(),
                DocumentsTest.OPTIONS.withLogo(ScreenshotsTest.logo())))).isEmpty();
    }

    @Test
    void minutesWithChartsAndQuickWinProfilesArePdfA2b() throws Exception {
        SessionFacts rich = new RichSession().facts();
        DocumentOptions o = DocumentsTest.OPTIONS.withLogo(ScreenshotsTest.logo());
        assertThat(failures(Minutes.render(rich, o))).isEmpty();
        assertThat(failures(QuickWinProfiles.render(rich, o))).isEmpty();
    }
}
