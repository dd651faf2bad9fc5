/**
 * A small kit for official-looking A4 documents on Apache PDFBox: pure Java, no JavaFX.
 *
 * <p>Start with {@link id.rembuk.report.pdf.PdfLayout#create}, put blocks under each other
 * ({@code letterhead}, {@code title}, {@code heading}, {@code paragraph}, {@code list},
 * {@code keyValues}, {@code table}, {@code signatures}, {@code spacer}), then call
 * {@code finish()} for the bytes: it numbers the pages "Halaman X dari Y" and adds the PDF/A-2b
 * metadata. Blocks that do not fit go to the next page by themselves; a {@link
 * id.rembuk.report.pdf.Table} repeats its header and never splits a row that fits on a page.
 * Text is wrapped in the bundled Liberation Sans (embedded, subset); characters the font lacks
 * print as '?'. Sizes are millimetres, font sizes points. See docs/adr/0015-pdf-documents.md.
 *
 * <p>Documents built on it live in {@code id.rembuk.report.documents} and are registered in
 * {@code PdfReports}.
 */
package id.rembuk.report.pdf;
