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
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

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
 * <b>Faces parsed once per JVM.</b> A PDType0Font belongs to one PDDocument, but the
 * fontbox {@link TrueTypeFont} it is made from can serve one document after another:
 * {@code PDType0Font.load(document, ttf, true)} neither registers the font for closing
 * with the document nor keeps it for closing on subsetting, and subsetting only reads it
 * (PDFBox 3.0.7; its {@code TrueTypeEmbedder.subset()} does call {@code ttf.close()},
 * which for a font parsed from memory, as here, closes nothing). A parsed font reads its
 * tables through one positioned stream, so it is not for two threads at once: each face
 * has a {@link FacePool} from which a render borrows a parsed font the first time its
 * text uses the face, and to which it returns it once the document is saved. A render
 * that fails drops the fonts it borrowed.
 * <p>
 * At most {@link #POOLED_PER_FACE} documents are laid out at once ({@link #RENDERS});
 * more wait their turn. The renders are CPU-bound, so more at once would not finish
 * sooner on this many cores, and each would need faces of its own: about 15 MB of font
 * data parsed per render and dropped a moment later. So the pools never run dry and the
 * parsed faces in memory stay bounded, three (the files are 5.2, 4.6 and 5.2 MB) per
 * render that may run at once.
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

	/**
	 * Parsed fonts kept per face, and renders at once: one per core (at least two). The
	 * renders are CPU-bound, so more at once finish no sooner; and a parsed set of the
	 * three faces holds about 26 MB once used (Song 11, Kai 9.9, Hei 5.2 MB, measured
	 * with JOL), kept for the JVM's life.
	 */
	static final int POOLED_PER_FACE = Math.max(2, Runtime.getRuntime().availableProcessors());

	/** Renders at once: each borrows at most one parsed font from each pool. */
	private static final Semaphore RENDERS = new Semaphore(POOLED_PER_FACE, true);

	static final FacePool SONG_FACES = new FacePool(SONG_FILE, null, POOLED_PER_FACE);

	static final FacePool KAI_FACES = new FacePool(KAI_FILE, null, POOLED_PER_FACE);

	static final FacePool HEI_FACES = new FacePool(HEI_FILE, HEI_FACE, POOLED_PER_FACE);

	private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(String template, Map<String, Object> model) {
		String html = templates.process(template, new Context(Locale.SIMPLIFIED_CHINESE, model));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Face> faces = new ArrayList<>();
		boolean saved = false;
		RENDERS.acquireUninterruptibly();
		try {
			try (PDDocument document = new PDDocument()) {
				PdfRendererBuilder builder = new PdfRendererBuilder();
				builder.useFastMode();
				builder.withProducer("perf-eval");
				builder.usePDDocument(document);
				register(builder, faces, new Face(document, SONG_FACES), SONG);
				register(builder, faces, new Face(document, KAI_FACES), KAI);
				register(builder, faces, new Face(document, HEI_FACES), HEI);
				builder.withHtmlContent(html, null);
				builder.toStream(out);
				builder.run();
			}
			saved = true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			for (Face face : faces) {
				face.release(saved);
			}
			RENDERS.release();
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
	 * One font file's parsed faces, each lent to one render at a time; at most
	 * {@code capacity} are kept, the most recently returned lent first.
	 */
	static final class FacePool {

		private final String file;

		private final String collectionFace;

		private final BlockingDeque<ParsedFace> idle;

		private final AtomicInteger parses = new AtomicInteger();

		FacePool(String file, String collectionFace, int capacity) {
			this.file = file;
			this.collectionFace = collectionFace;
			this.idle = new LinkedBlockingDeque<>(capacity);
		}

		/** An idle parsed face, or a new one when none is idle. */
		ParsedFace borrow() {
			ParsedFace face = idle.pollFirst();
			return (face != null) ? face : parse();
		}

		/** Back for the next render, or closed when the pool is full. */
		void giveBack(ParsedFace face) {
			if (!idle.offerFirst(face)) {
				face.close();
			}
		}

		/** How many times this face was parsed in this JVM. */
		int parses() {
			return parses.get();
		}

		/** Parsed faces waiting for a render. */
		int idle() {
			return idle.size();
		}

		private ParsedFace parse() {
			parses.incrementAndGet();
			try {
				if (collectionFace != null) {
					// One collection per parsed face: the faces of a collection share its
					// stream.
					TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes(file)));
					TrueTypeFont font = collection.getFontByName(collectionFace);
					if (font == null) {
						collection.close();
						throw new IllegalStateException(file + " has no face " + collectionFace);
					}
					return new ParsedFace(font, collection);
				}
				return new ParsedFace(new TTFParser().parse(new RandomAccessReadBuffer(bytes(file))), null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** A parsed font and the collection it came from, if any. */
	record ParsedFace(TrueTypeFont font, TrueTypeCollection collection) {

		void close() {
			try {
				if (collection != null) {
					collection.close();
				}
				else {
					font.close();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * One face in one document: borrows a parsed font when openhtmltopdf first asks for
	 * the face, never when the document's text does not use it.
	 */
	private static final class Face extends PDFontSupplier {

		private final PDDocument document;

		private final FacePool pool;

		private PDFont font;

		private ParsedFace parsed;

		Face(PDDocument document, FacePool pool) {
			super(null);
			this.document = document;
			this.pool = pool;
		}

		@Override
		public PDFont supply() {
			if (font == null) {
				if (parsed == null) {
					parsed = pool.borrow();
				}
				try {
					font = PDType0Font.load(document, parsed.font(), true);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return font;
		}

		/**
		 * After the document is saved (subset) or given up: the parsed font goes back to
		 * the pool, or is dropped if the render failed.
		 */
		void release(boolean saved) {
			if (parsed == null) {
				return;
			}
			ParsedFace face = parsed;
			parsed = null;
			font = null;
			if (saved) {
				pool.giveBack(face);
			}
			else {
				face.close();
			}
		}

	}

}
