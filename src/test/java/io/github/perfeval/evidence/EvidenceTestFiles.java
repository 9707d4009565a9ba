package io.github.perfeval.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real files of the kinds evidence takes (and a zip that only pretends), made on the
 * spot.
 */
public final class EvidenceTestFiles {

	private EvidenceTestFiles() {
	}

	public static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("会议纪要");
			document.write(out);
			return out.toByteArray();
		}
	}

	public static byte[] png() throws IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** A zip of the named entries, each a tiny XML. */
	public static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			for (String entry : entries) {
				zip.putNextEntry(new java.util.zip.ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
