package id.rembuk.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The parts of PDF/A-2b the layout does not give by itself: document information and the same
 * facts as XMP (with the PDF/A identification), and an sRGB output intent. The XMP packet is
 * written by hand so no XMP library is needed; see docs/adr/0015-pdf-documents.md for what is
 * and is not checked.
 */
final class PdfA {
    static final String AUTHOR = "Rembuk";
    static final String PRODUCER = "Rembuk (Apache PDFBox)";
    static final String LANGUAGE = "id-ID";

    private PdfA() {
    }

    static void apply(PDDocument doc, DocInfo info) throws IOException {
        ZonedDateTime created = info.created().truncatedTo(ChronoUnit.SECONDS);
        PDDocumentInformation di = doc.getDocumentInformation();
        di.setTitle(info.title());
        di.setAuthor(AUTHOR);
        di.setSubject(info.subject());
        di.setKeywords(info.keywords());
        di.setCreator(AUTHOR);
        di.setProducer(PRODUCER);
        di.setCreationDate(GregorianCalendar.from(created));
        di.setModificationDate(GregorianCalendar.from(created));

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(LANGUAGE);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp(info, created).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);

        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    static String xmp(DocInfo info, ZonedDateTime created) {
        String date = created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
                + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:format>application/pdf</dc:format>"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(info.title()) + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>" + AUTHOR + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(info.subject())
                + "</rdf:li></rdf:Alt></dc:description>"
                + "<dc:language><rdf:Bag><rdf:li>" + LANGUAGE + "</rdf:li></rdf:Bag></dc:language>"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">"
                + "<pdf:Producer>" + esc(PRODUCER) + "</pdf:Producer>"
                + "<pdf:Keywords>" + esc(info.keywords()) + "</pdf:Keywords></rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<xmp:CreatorTool>" + AUTHOR + "</xmp:CreatorTool>"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate><xmp:ModifyDate>" + date + "</xmp:ModifyDate>"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate></rdf:Description>\n"
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters even escaped
                    if (cp >= 0x20 || cp == '\n' || cp == '\t') {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString();
    }
}
