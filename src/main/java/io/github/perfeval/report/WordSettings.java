package io.github.perfeval.report;

import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;

/**
 * The document settings Word reads on opening: update the fields (the 目录 and its pages),
 * odd and even pages with footers of their own, and the compatibility mode of Word 2013
 * and later (else Word opens the file in 兼容模式).
 */
final class WordSettings {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** The elements that CT_Settings lists after w:compat, in the schema's order. */
	private static final Set<String> AFTER_COMPAT = Set.of("docVars", "rsids", "mathPr", "attachedSchema",
			"themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
			"forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary", "shapeDefaults",
			"doNotEmbedSmartTags", "decimalSymbol", "listSeparator");

	private WordSettings() {
	}

	static void apply(XWPFDocument document) {
		document.enforceUpdateFields();
		document.setEvenAndOddHeadings(true);
		CTSettings settings = document.getSettings().getCTSettings();
		try (XmlCursor cursor = settings.newCursor()) {
			if (cursor.toChild(new QName(W, "compat"))) {
				return;
			}
			boolean placed = false;
			if (cursor.toFirstChild()) {
				do {
					QName name = cursor.getName();
					if (W.equals(name.getNamespaceURI()) && AFTER_COMPAT.contains(name.getLocalPart())) {
						placed = true;
						break;
					}
				}
				while (cursor.toNextSibling());
			}
			if (!placed) {
				cursor.toParent();
				cursor.toEndToken();
			}
			cursor.beginElement(new QName(W, "compat", "w"));
			cursor.beginElement(new QName(W, "compatSetting", "w"));
			cursor.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
			cursor.insertAttributeWithValue(new QName(W, "uri", "w"), "http://schemas.microsoft.com/office/word");
			cursor.insertAttributeWithValue(new QName(W, "val", "w"), "15");
		}
	}

}
