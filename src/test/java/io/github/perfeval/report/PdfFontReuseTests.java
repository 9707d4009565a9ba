package io.github.perfeval.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.framework.FrameworkCatalog;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.support.PostgresIntegrationTest;
import io.github.perfeval.support.SeedCases;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static io.github.perfeval.report.ReportExportTests.compact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parsed faces that {@link PdfRenderer} keeps between documents: each document, one
 * after another or many at once, embeds its own subsets of the faces it uses, with a
 * glyph for every character it draws, and reads back with its own text; after the first
 * document no face is parsed again while renders come one at a time.
 */
@PostgresIntegrationTest
class PdfFontReuseTests {

	@Autowired
	PdfRenderer renderer;

	@Autowired
	SheetMessages messages;

	@Autowired
	FrameworkCatalog frameworks;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	JsonMapper json;

	/** A document to render and what its read-back must contain. */
	record Case(String name, String template, Map<String, Object> model, List<String> expected) {

		Rendered render(PdfRenderer renderer) {
			return Rendered.of(renderer.render(template, model));
		}

	}

	/**
	 * A rendered PDF read back (every font embedded): its text, its fonts, the characters
	 * drawn without a glyph in the embedded subset.
	 */
	record Rendered(String text, Set<String> fonts, List<String> withoutGlyph) {

		static Rendered of(byte[] pdf) {
			try (PDDocument document = Loader.loadPDF(pdf)) {
				ReportExportTests.assertEveryFontEmbedded(document);
				Set<String> fonts = new LinkedHashSet<>();
				List<String> withoutGlyph = new ArrayList<>();
				PDFTextStripper stripper = new PDFTextStripper() {
					@Override
					protected void writeString(String text, List<TextPosition> positions) throws IOException {
						for (TextPosition position : positions) {
							PDType0Font font = (PDType0Font) position.getFont();
							fonts.add(font.getName());
							for (int code : position.getCharacterCodes()) {
								if (!position.getUnicode().isBlank() && !font.hasGlyph(code)) {
									withoutGlyph.add(position.getUnicode() + " in " + font.getName());
								}
							}
						}
						super.writeString(text, positions);
					}
				};
				String text = compact(stripper.getText(document));
				return new Rendered(text, fonts, withoutGlyph);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	@Test
	void facesParsedOnceServeDocumentAfterDocument() {
		List<Case> cases = cases();
		// The report uses all three faces: after it, every face has been parsed at least
		// once in this JVM.
		Rendered first = cases.get(0).render(renderer);
		int song = PdfRenderer.SONG_FACES.parses();
		int kai = PdfRenderer.KAI_FACES.parses();
		int hei = PdfRenderer.HEI_FACES.parses();

		List<Rendered> again = new ArrayList<>();
		for (Case each : cases) {
			Rendered rendered = each.render(renderer);
			assertRead(each, rendered);
			again.add(rendered);
		}
		for (Case each : cases) {
			assertThat(each.render(renderer).text()).as(each.name()).isEqualTo(again.get(cases.indexOf(each)).text());
		}
		assertThat(again.get(0).text()).isEqualTo(first.text());
		assertThat(PdfRenderer.SONG_FACES.parses()).isEqualTo(song);
		assertThat(PdfRenderer.KAI_FACES.parses()).isEqualTo(kai);
		assertThat(PdfRenderer.HEI_FACES.parses()).isEqualTo(hei);
	}

	@Test
	void documentsRenderedAtOnceEachEmbedTheirOwnFaces() throws Exception {
		List<Case> cases = cases();
		List<String> alone = new ArrayList<>();
		for (Case each : cases) {
			alone.add(each.render(renderer).text());
		}
		// More renders asked for at once than faces are kept.
		int threads = PdfRenderer.POOLED_PER_FACE + 2;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Rendered>> futures = new ArrayList<>();
			for (int i = 0; i < threads * 2; i++) {
				Case each = cases.get(i % cases.size());
				futures.add(pool.submit(() -> {
					start.await();
					return each.render(renderer);
				}));
			}
			start.countDown();
			for (int i = 0; i < futures.size(); i++) {
				Case each = cases.get(i % cases.size());
				Rendered rendered = futures.get(i).get(5, TimeUnit.MINUTES);
				assertRead(each, rendered);
				assertThat(rendered.text()).as(each.name()).isEqualTo(alone.get(i % cases.size()));
			}
		}
		finally {
			pool.shutdownNow();
		}
		// At most as many renders at once as faces are kept: never a face parsed beyond
		// them.
		for (PdfRenderer.FacePool faces : List.of(PdfRenderer.SONG_FACES, PdfRenderer.KAI_FACES,
				PdfRenderer.HEI_FACES)) {
			assertThat(faces.parses()).isBetween(1, PdfRenderer.POOLED_PER_FACE);
			assertThat(faces.idle()).isEqualTo(faces.parses());
		}
	}

	private static void assertRead(Case each, Rendered rendered) {
		assertThat(rendered.withoutGlyph()).as(each.name()).isEmpty();
		// Subsets (a tag before the name) of the shipped faces only.
		assertThat(rendered.fonts()).as(each.name())
			.isNotEmpty()
			.allMatch((name) -> name.matches("[A-Z]{6}\\+(" + PdfTypographyTests.SONG + "|" + PdfTypographyTests.KAI
					+ "|" + PdfTypographyTests.HEI + ")"));
		for (String expected : each.expected()) {
			assertThat(rendered.text()).as(each.name()).contains(compact(expected));
		}
	}

	/** The 罗湖 report, then the 评分表 of both seeds. */
	private List<Case> cases() {
		SheetView luohu = sheet(SeedCases.LUOHU, "88.18");
		SheetView hku = sheet(SeedCases.HKU, "96.60");
		return List.of(
				new Case("罗湖 自评报告", "report/pdf/report",
						Map.of("report", report(SeedCases.LUOHU, luohu), "sheet", luohu),
						List.of("2024年度部门整体支出绩效自评报告", "一、部门基本情况", "（一）部门主要职能", luohu.department())),
				new Case("罗湖 评分表", "report/pdf/sheet", Map.of("sheet", luohu), expected(luohu, "88.18")),
				new Case("港大深圳医院 评分表", "report/pdf/sheet", Map.of("sheet", hku), expected(hku, "96.60")));
	}

	private static List<String> expected(SheetView sheet, String total) {
		List<String> expected = new ArrayList<>();
		expected.add(sheet.department());
		expected.add("综合评分" + total);
		sheet.rows().forEach((row) -> expected.add(row.name()));
		return expected;
	}

	private SheetView sheet(String seed, String total) {
		EvaluationDocument document = document(seed);
		Scored scored = evaluations.scoreValid(document);
		IndicatorTree tree = scored.tree();
		SheetView sheet = SheetViews.of(1, document, scored, messages,
				frameworks.sheetNotes(tree.code(), tree.version()));
		assertThat(sheet.total()).isEqualByComparingTo(new BigDecimal(total));
		return sheet;
	}

	private ReportView report(String seed, SheetView sheet) {
		EvaluationDocument document = document(seed);
		IndicatorTree tree = evaluations.scoreValid(document).tree();
		return ReportViews.of(document, sheet, List.of(), messages, tree,
				frameworks.reportSentences(tree.code(), tree.version()), null);
	}

	private EvaluationDocument document(String seed) {
		return json.readValue(SeedCases.text(seed), EvaluationDocument.class);
	}

}
