package io.github.perfeval.framework;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.github.perfeval.scoring.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * 指标体系 as Excel: a stored version exported as the workbook a finance bureau writes by
 * hand, and such a workbook imported as a new framework or the next version of one
 * ({@link FrameworkCatalog#publish}), refused with every problem named by sheet, row and
 * column (the document's own, found by {@link FrameworkCheck}, told where the workbook
 * has them).
 */
@Service
public class FrameworkWorkbooks {

	/** A workbook to download: its file name and bytes. */
	public record Workbook(String fileName, byte[] content) {
	}

	private final FrameworkCatalog catalog;

	private final JsonMapper json;

	private final MessageSource messages;

	private final DataSize maxSize;

	FrameworkWorkbooks(FrameworkCatalog catalog, JsonMapper json, MessageSource messages,
			@Value("${perfeval.frameworks.workbook.max-size:2MB}") DataSize maxSize) {
		this.catalog = catalog;
		this.json = json;
		this.messages = messages;
		this.maxSize = maxSize;
	}

	/** The version as a workbook; the latest where {@code version} is null. */
	public Optional<Workbook> export(String code, Integer version) {
		Integer wanted = version != null ? version : catalog.latest(code).map(FrameworkRef::version).orElse(null);
		if (wanted == null) {
			return Optional.empty();
		}
		return catalog.document(code, wanted).map(document -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new FrameworkWorkbookWriter(json, this::text, RuleCheck.KINDS).write(document, out);
			String name = document.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
			return new Workbook(text("framework.workbook.fileName", name, document.code(), document.version()),
					out.toByteArray());
		});
	}

	/** The largest workbook taken, checked before it is read. */
	public DataSize maxSize() {
		return maxSize;
	}

	/**
	 * Reads the workbook and stores it as {@link FrameworkCatalog#publish} would the
	 * document; refused with every problem, nothing stored, when it cannot be read or the
	 * framework is invalid.
	 */
	public FrameworkRef importWorkbook(long size, InputStream in) {
		if (size <= 0) {
			throw refused("empty");
		}
		if (size > maxSize.toBytes()) {
			throw refused("tooLarge", size(size), size(maxSize.toBytes()));
		}
		FrameworkWorkbookReader.Parsed parsed;
		try {
			parsed = new FrameworkWorkbookReader(json, this::text).read(in);
		}
		catch (FrameworkWorkbookReader.Unreadable ex) {
			throw new InvalidWorkbookException(List.of(error(ex.problem())));
		}
		List<WorkbookError> errors = new ArrayList<>();
		Set<String> failedCells = new HashSet<>();
		Set<String> failedSheets = new HashSet<>();
		for (FrameworkWorkbookReader.Problem problem : parsed.problems()) {
			errors.add(error(problem));
			if (problem.place() != null) {
				failedCells.add(problem.place().cell());
				failedSheets.add(problem.place().sheetKey());
			}
		}
		FrameworkDocument document;
		try {
			document = json.treeToValue(parsed.document(), FrameworkDocument.class);
		}
		catch (JacksonException ex) {
			errors.add(unreadable(ex, parsed));
			throw new InvalidWorkbookException(errors);
		}
		int next = document.code() == null ? 1
				: catalog.latest(document.code()).map(latest -> latest.version() + 1).orElse(1);
		for (Violation violation : FrameworkCheck.check(document, next, json).violations()) {
			FrameworkWorkbookReader.Place place = place(violation, parsed);
			// A cell already told about, or a sheet-wide total that a refused cell skews.
			if (failedCells.contains(place.cell())
					|| (place.row() == null && failedSheets.contains(place.sheetKey()))) {
				continue;
			}
			errors.add(error(place, violation));
		}
		if (!errors.isEmpty()) {
			throw new InvalidWorkbookException(errors);
		}
		try {
			return catalog.publish(document);
		}
		catch (InvalidFrameworkException ex) {
			throw new InvalidWorkbookException(
					ex.violations().stream().map(violation -> error(place(violation, parsed), violation)).toList());
		}
	}

	/** Where the workbook has what a violation is about. */
	private FrameworkWorkbookReader.Place place(Violation violation, FrameworkWorkbookReader.Parsed parsed) {
		String field = WorkbookLayout.base(violation.field());
		if (violation.indicator() != null) {
			List<FrameworkWorkbookReader.NodePlace> places = parsed.nodes().get(violation.indicator());
			if (places == null) {
				return new FrameworkWorkbookReader.Place(WorkbookLayout.INDICATORS, null, null, null);
			}
			FrameworkWorkbookReader.NodePlace node = "duplicateCode".equals(violation.code())
					? places.get(places.size() - 1) : places.get(0);
			Integer groupRow = parsed.groupRows().get(violation.indicator());
			if (!node.leaf() && groupRow != null && field != null && !"code".equals(field) && !"name".equals(field)
					&& !"children".equals(field) && !"weight".equals(field)) {
				int column = "description".equals(field) ? 2 : "criteria".equals(field) ? 3 : 4;
				return new FrameworkWorkbookReader.Place(WorkbookLayout.GROUPS, groupRow,
						WorkbookLayout.GROUPS_COLUMNS.get(column), null);
			}
			return new FrameworkWorkbookReader.Place(WorkbookLayout.INDICATORS, node.row(),
					field == null ? null : WorkbookLayout.Column.of(field, node.level()).messageKey(), null);
		}
		if (field == null || "indicators".equals(field)) {
			return new FrameworkWorkbookReader.Place(WorkbookLayout.INDICATORS, null,
					"weightsTotal".equals(violation.code()) ? WorkbookLayout.Column.WEIGHT.messageKey() : null, null);
		}
		if ("grades".equals(field)) {
			return new FrameworkWorkbookReader.Place(WorkbookLayout.GRADES, null, null, null);
		}
		return new FrameworkWorkbookReader.Place(WorkbookLayout.SETTINGS, parsed.settingRows().get(field),
				WorkbookLayout.SETTINGS_COLUMNS.get(2), settingLabel(field));
	}

	/**
	 * A document the tree could not be read as: told at the cell the failure is under.
	 */
	private WorkbookError unreadable(JacksonException ex, FrameworkWorkbookReader.Parsed parsed) {
		StringBuilder pointer = new StringBuilder();
		FrameworkWorkbookReader.Place place = new FrameworkWorkbookReader.Place(WorkbookLayout.SETTINGS, null, null,
				null);
		FrameworkWorkbookReader.NodePlace node = null;
		String field = null;
		for (JacksonException.Reference reference : ex.getPath()) {
			String step = reference.getPropertyName() != null ? reference.getPropertyName()
					: String.valueOf(reference.getIndex());
			if (node != null && field == null) {
				field = step;
			}
			pointer.append('/').append(step);
			FrameworkWorkbookReader.Place setting = parsed.settingPointers().get(pointer.toString());
			FrameworkWorkbookReader.NodePlace indicator = parsed.nodePointers().get(pointer.toString());
			if (setting != null) {
				place = setting;
			}
			if (indicator != null) {
				node = indicator;
				field = null;
			}
		}
		if (node != null) {
			place = new FrameworkWorkbookReader.Place(WorkbookLayout.INDICATORS, node.row(),
					field == null ? null : WorkbookLayout.Column.of(field, node.level()).messageKey(), null);
		}
		return error(new FrameworkWorkbookReader.Problem(place, "unreadable"));
	}

	private WorkbookError error(FrameworkWorkbookReader.Problem problem) {
		return new WorkbookError(sheet(problem.place()), row(problem.place()), column(problem.place()), null, null,
				located(problem.place(), text("framework.workbook.error." + problem.key(), problem.args())));
	}

	private WorkbookError error(FrameworkWorkbookReader.Place place, Violation violation) {
		String detail = text("framework.violation." + violation.code(), violation.args().toArray());
		return new WorkbookError(sheet(place), row(place), column(place), violation.indicator(), violation.field(),
				located(place, detail));
	}

	private String located(FrameworkWorkbookReader.Place place, String detail) {
		if (place == null) {
			return detail;
		}
		String sheet = text(place.sheetKey());
		String column = column(place);
		if (place.row() != null && column != null && place.item() != null) {
			return text("framework.workbook.atItem", sheet, place.row(), place.item(), column, detail);
		}
		if (place.row() != null && column != null) {
			return text("framework.workbook.at", sheet, place.row(), column, detail);
		}
		if (place.row() != null) {
			return text("framework.workbook.atRow", sheet, place.row(), detail);
		}
		if (place.item() != null || column != null) {
			return text("framework.workbook.atColumn", sheet, place.item() != null ? place.item() : column, detail);
		}
		return text("framework.workbook.atSheet", sheet, detail);
	}

	private String sheet(FrameworkWorkbookReader.Place place) {
		return place == null ? null : text(place.sheetKey());
	}

	private static Integer row(FrameworkWorkbookReader.Place place) {
		return place == null ? null : place.row();
	}

	private String column(FrameworkWorkbookReader.Place place) {
		return place == null || place.columnKey() == null ? null : text(place.columnKey());
	}

	private String settingLabel(String field) {
		String label = text("framework.field.framework." + field);
		return label == null ? field : label;
	}

	private InvalidWorkbookException refused(String key, Object... args) {
		return new InvalidWorkbookException(List
			.of(new WorkbookError(null, null, null, null, null, text("framework.workbook.error." + key, args))));
	}

	private static String size(long bytes) {
		return bytes >= 1024 * 1024
				? new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(bytes / 1048576.0)
						+ " MB"
				: Math.max(1, bytes / 1024) + " KB";
	}

	/** A message with its arguments (amounts with two decimals); null for no such key. */
	private String text(String key, Object... args) {
		Object[] formatted = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			formatted[i] = args[i] instanceof BigDecimal number
					? new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(number)
					: String.valueOf(args[i]);
		}
		return messages.getMessage(key, formatted, null, LocaleContextHolder.getLocale());
	}

}
