package io.github.perfeval.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template (XHTML; every user text goes through {@code th:text}, so
 * it is escaped) to PDF with openhtmltopdf. The CJK font ships in {@code fonts/}
 * (WenQuanYi Micro Hei, Apache-2.0, TrueType outlines, which PDFBox can embed); its first
 * face is embedded as a subset and registered for regular and bold alike, so that no text
 * falls back to a non-embedded font.
 */
@Component
class PdfRenderer {

	static final String FONT_FAMILY = "CJK";

	private static final String FONT = "fonts/wqy-microhei.ttc";

	private static final String FACE = "WenQuanYiMicroHei";

	private static volatile byte[] font;

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] render(String template, Map<String, Object> model) {
		String html = templates.process(template, new Context(Locale.SIMPLIFIED_CHINESE, model));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument();
				TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(font()))) {
			TrueTypeFont face = collection.getFontByName(FACE);
			PDType0Font cjk = PDType0Font.load(document, face, true);
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withProducer("perf-eval");
			builder.usePDDocument(document);
			builder.useFont(new PDFontSupplier(cjk), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(new PDFontSupplier(cjk), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] font() {
		byte[] bytes = font;
		if (bytes == null) {
			try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
				bytes = in.readAllBytes();
				font = bytes;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return bytes;
	}

}
