package io.github.perfeval.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * The document's font table ({@code word/fontTable.xml}), which tells Word and WPS what
 * each named face is when a machine lacks it: 仿宋_GB2312 is also known as 仿宋 (the name of
 * the face Windows ships), 楷体_GB2312 as 楷体, 小标宋 falls back to 宋体; all GB2312 (charset 86)
 * faces with their PANOSE class, so that Office substitutes a face of the same kind. A
 * blank {@code XWPFDocument} has no font table, and poi-ooxml-lite no types for one: it
 * is written as XML here.
 */
final class WordFonts {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/**
	 * One face: its name, the name Office may know it by (or null), and how Office
	 * classes it.
	 */
	record Face(String name, String altName, String panose, String charset, String family, String pitch) {

		/** A GB2312 face of fixed pitch (仿宋, 楷体, 黑体, 宋体 and their _GB2312 cuts). */
		static Face gb(String name, String altName, String panose) {
			return new Face(name, altName, panose, "86", "modern", "fixed");
		}

		/** A GB2312 display face (方正小标宋). */
		static Face gbDisplay(String name, String altName) {
			return new Face(name, altName, "02000000000000000000", "86", "script", "variable");
		}

		/** A Latin face. */
		static Face latin(String name, String panose) {
			return new Face(name, null, panose, "00", "roman", "variable");
		}

	}

	/** PANOSE of the GB2312 cuts 仿宋_GB2312 and 楷体_GB2312. */
	static final String PANOSE_GB2312 = "02010609030101010101";

	/** PANOSE of 仿宋, 楷体, 黑体 as Windows ships them. */
	static final String PANOSE_CJK = "02010609060101010101";

	/** PANOSE of 宋体. */
	static final String PANOSE_SONG = "02010600030101010101";

	/** PANOSE of Times New Roman. */
	static final String PANOSE_TIMES = "02020603050405020304";

	private WordFonts() {
	}

	static void write(XWPFDocument document, List<Face> faces) {
		try {
			PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
			PackagePart part = document.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
			try (OutputStream out = part.getOutputStream()) {
				XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
				xml.writeStartDocument("UTF-8", "1.0");
				xml.writeStartElement("w", "fonts", W);
				xml.writeNamespace("w", W);
				for (Face face : faces) {
					xml.writeStartElement("w", "font", W);
					xml.writeAttribute("w", W, "name", face.name());
					if (face.altName() != null) {
						value(xml, "altName", face.altName());
					}
					value(xml, "panose1", face.panose());
					value(xml, "charset", face.charset());
					value(xml, "family", face.family());
					value(xml, "pitch", face.pitch());
					xml.writeEndElement();
				}
				xml.writeEndElement();
				xml.writeEndDocument();
				xml.close();
			}
			document.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidFormatException | XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void value(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeEmptyElement("w", element, W);
		xml.writeAttribute("w", W, "val", value);
	}

}
