package io.github.perfeval.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template (XHTML; every user text goes through {@code th:text}, so
 * it is escaped) to PDF with openhtmltopdf. Three CJK faces ship in {@code fonts/}, each
 * under a licence that allows embedding, each TrueType (PDFBox embeds a subset of the
 * glyphs a document uses):
 * <ul>
 * <li>{@value #SONG}: AR PL SungtiL GB (Arphic Public License), the 宋体 of the title and
 * the body, standing in for 仿宋, of which no embeddable GB face exists;</li>
 * <li>{@value #KAI}: AR PL KaitiM GB (Arphic Public License), the 楷体 of the （一）
 * headings;</li>
 * <li>{@value #HEI}: WenQuanYi Micro Hei (Apache-2.0), the 黑体 of the 一、 headings and of
 * every place a document wants bold.</li>
 * </ul>
 * None of the faces has a bold; each is registered for weight 400 and 700 alike, so that
 * a bold in a template never makes openhtmltopdf fake one: the templates get heaviness by
 * choosing {@value #HEI}. The styles name {@value #HEI} after each face (font-family:
 * Song, Hei) so that a character missing from an AR PL face (e.g. U+2013, U+2022) is
 * drawn in the embedded WenQuanYi, never in a non-embedded standard font.
 * <p>
 * The font files are read once per JVM; a PDType0Font belongs to one PDDocument, so each
 * document parses a face (from the cached bytes) the first time its text uses it, and
 * never when it does not.
 */
@Component
class PdfRenderer {

	static final String SONG = "Song";

	static final String KAI = "Kai";

	static final String HEI = "Hei";

	private static final String SONG_FILE = "fonts/gbsn00lp.ttf";

	private static final String KAI_FILE = "fonts/gkai00mp.ttf";

	private static final String HEI_FILE = "fonts/wqy-microhei.ttc";

	private static final String HEI_FACE = "WenQuanYiMicroHei";

	private static final Map<String, byte[]> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(String template, Map<String, Object> model) {
		String html = templates.process(template, new Context(Locale.SIMPLIFIED_CHINESE, model));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Face> faces = new ArrayList<>();
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withProducer("perf-eval");
			builder.usePDDocument(document);
			register(builder, faces, new Face(document, SONG_FILE, null), SONG);
			register(builder, faces, new Face(document, KAI_FILE, null), KAI);
			register(builder, faces, new Face(document, HEI_FILE, HEI_FACE), HEI);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			faces.forEach(Face::close);
		}
		return out.toByteArray();
	}

	private static void register(PdfRendererBuilder builder, List<Face> faces, Face face, String family) {
		faces.add(face);
		builder.useFont(face, family, 400, FontStyle.NORMAL, true);
		builder.useFont(face, family, 700, FontStyle.NORMAL, true);
	}

	private static byte[] bytes(String file) {
		return FONTS.computeIfAbsent(file, (name) -> {
			try (InputStream in = new ClassPathResource(name).getInputStream()) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * One face in one document, parsed from the cached bytes when openhtmltopdf first
	 * asks for it; the parsed font stays open until the document is written.
	 */
	private static final class Face extends PDFontSupplier {

		private final PDDocument document;

		private final String file;

		private final String collectionFace;

		private PDFont font;

		private TrueTypeFont parsed;

		private TrueTypeCollection collection;

		Face(PDDocument document, String file, String collectionFace) {
			super(null);
			this.document = document;
			this.file = file;
			this.collectionFace = collectionFace;
		}

		@Override
		public PDFont supply() {
			if (font == null) {
				try {
					if (collectionFace != null) {
						collection = new TrueTypeCollection(new ByteArrayInputStream(bytes(file)));
						parsed = collection.getFontByName(collectionFace);
					}
					else {
						parsed = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
					}
					font = PDType0Font.load(document, parsed, true);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return font;
		}

		void close() {
			try {
				if (collection != null) {
					collection.close();
				}
				else if (parsed != null) {
					parsed.close();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
