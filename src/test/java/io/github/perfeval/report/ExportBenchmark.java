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
import java.util.concurrent.TimeUnit;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.github.perfeval.PerfEvalApplication;
import io.github.perfeval.evaluation.EvaluationDocument;
import io.github.perfeval.evaluation.EvaluationService;
import io.github.perfeval.evaluation.Scored;
import io.github.perfeval.evaluation.SheetMessages;
import io.github.perfeval.framework.FrameworkCatalog;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.support.SeedCases;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The exports of the 罗湖 seed (issue 12) against their raw ceiling in the same JVM, one
 * thread: the app's 评分表 PDF ({@link PdfRenderer}: Thymeleaf, then openhtmltopdf with the
 * parsed faces borrowed from its per-JVM pool), 评分表 .xlsx ({@link SheetWorkbook}) and
 * 自评报告 .docx ({@link ReportWordDocument}) from the views the app builds; and the same
 * XHTML rendered by openhtmltopdf with the faces parsed once per trial
 * ({@link #rawSheetPdf}), the sheet's cells and merges in a plain POI workbook
 * ({@link #rawSheetXlsx}), and the report's text and the sheet's table in a plain POI
 * document ({@link #rawReportDocx}). The views are built once, in the setup, from the
 * application's beans (a context on the database of {@code SPRING_DATASOURCE_URL}, where
 * it stores SZ-COMMON at start): no database read and no scoring is measured. Run with
 * {@code bench/jmh.sh ExportBenchmark}; no test runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = { "-Xms768m", "-Xmx768m" })
public class ExportBenchmark {

	private ConfigurableApplicationContext context;

	private PdfRenderer renderer;

	private SheetMessages messages;

	private SheetView sheet;

	private ReportView report;

	private String sheetXhtml;

	private List<String> reportText;

	private final List<Parsed> faces = new ArrayList<>();

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		this.context = new SpringApplication(PerfEvalApplication.class).run("--server.port=0",
				"--perfeval.exports.workers=0", "--perfeval.admin.username=admin",
				"--perfeval.admin.password=Bench-Passw0rd!", "--logging.level.root=WARN");
		this.renderer = this.context.getBean(PdfRenderer.class);
		this.messages = this.context.getBean(SheetMessages.class);
		FrameworkCatalog frameworks = this.context.getBean(FrameworkCatalog.class);
		EvaluationDocument document = this.context.getBean(JsonMapper.class)
			.readValue(SeedCases.text(SeedCases.LUOHU), EvaluationDocument.class);
		Scored scored = this.context.getBean(EvaluationService.class).scoreValid(document);
		IndicatorTree tree = scored.tree();
		this.sheet = SheetViews.of(1, document, scored, this.messages,
				frameworks.sheetNotes(tree.code(), tree.version()));
		if (this.sheet.total().compareTo(new java.math.BigDecimal("88.18")) != 0) {
			throw new IllegalStateException("罗湖 scores " + this.sheet.total() + ", not 88.18");
		}
		this.report = ReportViews.of(document, this.sheet, List.of(), this.messages, tree,
				frameworks.reportSentences(tree.code(), tree.version()), null);
		this.sheetXhtml = this.context.getBean(ITemplateEngine.class)
			.process("report/pdf/sheet", new Context(Locale.SIMPLIFIED_CHINESE, Map.of("sheet", this.sheet)));
		try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(appReportDocx()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
			this.reportText = List.of(extractor.getText().split("\n"));
		}
		this.faces.add(new Parsed(PdfRenderer.SONG,
				new TTFParser().parse(new RandomAccessReadBuffer(font("fonts/gbsn00lp.ttf"))), null));
		this.faces.add(new Parsed(PdfRenderer.KAI,
				new TTFParser().parse(new RandomAccessReadBuffer(font("fonts/gkai00mp.ttf"))), null));
		TrueTypeCollection hei = new TrueTypeCollection(new ByteArrayInputStream(font("fonts/wqy-microhei.ttc")));
		this.faces.add(new Parsed(PdfRenderer.HEI, hei.getFontByName("WenQuanYiMicroHei"), hei));
		try (PDDocument app = Loader.loadPDF(appSheetPdf()); PDDocument raw = Loader.loadPDF(rawSheetPdf())) {
			String appText = new PDFTextStripper().getText(app);
			if (app.getNumberOfPages() != raw.getNumberOfPages() || !appText.equals(new PDFTextStripper().getText(raw))
					|| !appText.contains("88.18")) {
				throw new IllegalStateException("The raw 评分表 PDF is not the app's");
			}
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() throws IOException {
		for (Parsed face : this.faces) {
			face.close();
		}
		this.context.close();
	}

	/** The app's 评分表 PDF: the template processed and rendered, as ReportService does. */
	@Benchmark
	public byte[] appSheetPdf() {
		return this.renderer.render("report/pdf/sheet", Map.of("sheet", this.sheet));
	}

	/**
	 * The same XHTML (processed once) rendered by openhtmltopdf, fast mode, the three
	 * faces parsed once per trial: only their subsets are made per document.
	 */
	@Benchmark
	public byte[] rawSheetPdf() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			for (Parsed face : this.faces) {
				PDFontSupplier supplier = face.in(document);
				builder.useFont(supplier, face.family, 400, FontStyle.NORMAL, true);
				builder.useFont(supplier, face.family, 700, FontStyle.NORMAL, true);
			}
			builder.withHtmlContent(this.sheetXhtml, null);
			builder.toStream(out);
			builder.run();
		}
		return out.toByteArray();
	}

	/** The app's 评分表 .xlsx (styles, merges, print layout, formulas, protection). */
	@Benchmark
	public byte[] appSheetXlsx() {
		return SheetWorkbook.write(this.sheet, this.messages);
	}

	/**
	 * The sheet's rows in a plain workbook: the same ten columns of values, the 一级 and 二级
	 * merges, one bordered wrapping style; no print layout, formulas or protection.
	 */
	@Benchmark
	public byte[] rawSheetXlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet xlsx = workbook.createSheet("1");
			CellStyle style = workbook.createCellStyle();
			style.setWrapText(true);
			style.setBorderTop(org.apache.poi.ss.usermodel.BorderStyle.THIN);
			style.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
			style.setBorderLeft(org.apache.poi.ss.usermodel.BorderStyle.THIN);
			style.setBorderRight(org.apache.poi.ss.usermodel.BorderStyle.THIN);
			int r = 0;
			for (SheetView.Row row : this.sheet.rows()) {
				Row line = xlsx.createRow(r);
				text(line, 0, row.level1(), style);
				text(line, 1, row.level2(), style);
				text(line, 2, row.name(), style);
				number(line, 3, row.weight(), style);
				text(line, 4, row.description(), style);
				text(line, 5, row.criteria(), style);
				number(line, 6, row.computed(), style);
				number(line, 7, row.finalScore(), style);
				number(line, 8, row.lost(), style);
				text(line, 9, row.comment(), style);
				if (row.level1Span() > 1) {
					xlsx.addMergedRegionUnsafe(new CellRangeAddress(r, r + row.level1Span() - 1, 0, 0));
				}
				if (row.level2Span() > 1) {
					xlsx.addMergedRegionUnsafe(new CellRangeAddress(r, r + row.level2Span() - 1, 1, 1));
				}
				r++;
			}
			number(xlsx.createRow(r), 7, this.sheet.total(), style);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** The app's 自评报告 .docx (styles, fields, tables, sections). */
	@Benchmark
	public byte[] appReportDocx() {
		return ReportWordDocument.write(this.report, this.messages);
	}

	/**
	 * The report's text (the app's document read back, one paragraph a line) and the
	 * sheet's rows as a plain table: no styles, fields or sections.
	 */
	@Benchmark
	public byte[] rawReportDocx() throws IOException {
		try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : this.reportText) {
				docx.createParagraph().createRun().setText(line);
			}
			XWPFTable table = docx.createTable(this.sheet.rows().size(), 5);
			int r = 0;
			for (SheetView.Row row : this.sheet.rows()) {
				XWPFTableRow line = table.getRow(r++);
				line.getCell(0).setText(row.code());
				line.getCell(1).setText(row.name());
				line.getCell(2).setText(row.weight().toPlainString());
				line.getCell(3).setText(row.finalScore() == null ? "" : row.finalScore().toPlainString());
				line.getCell(4).setText(row.criteria() == null ? "" : row.criteria());
			}
			docx.write(out);
			return out.toByteArray();
		}
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value);
		}
	}

	private static void number(Row row, int column, java.math.BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
	}

	private static byte[] font(String file) throws IOException {
		try (InputStream in = new ClassPathResource(file).getInputStream()) {
			return in.readAllBytes();
		}
	}

	/** A face parsed once; each document gets its own PDType0Font (its own subset). */
	private static final class Parsed {

		private final String family;

		private final TrueTypeFont font;

		private final TrueTypeCollection collection;

		Parsed(String family, TrueTypeFont font, TrueTypeCollection collection) {
			this.family = family;
			this.font = font;
			this.collection = collection;
		}

		PDFontSupplier in(PDDocument document) {
			return new PDFontSupplier(null) {

				private PDFont loaded;

				@Override
				public PDFont supply() {
					if (this.loaded == null) {
						try {
							this.loaded = PDType0Font.load(document, Parsed.this.font, true);
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}
					return this.loaded;
				}

			};
		}

		void close() throws IOException {
			if (this.collection != null) {
				this.collection.close();
			}
			else {
				this.font.close();
			}
		}

	}

}
