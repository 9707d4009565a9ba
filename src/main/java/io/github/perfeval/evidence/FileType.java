package io.github.perfeval.evidence;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file evidence may be: what their content is (the media types content
 * detection gives), the extensions their names may end in, and for the zip-based ones the
 * entry a real document of the kind has.
 */
enum FileType {

	PDF(Set.of("application/pdf"), List.of("pdf"), null),

	JPEG(Set.of("image/jpeg"), List.of("jpg", "jpeg"), null),

	PNG(Set.of("image/png"), List.of("png"), null),

	GIF(Set.of("image/gif"), List.of("gif"), null),

	TIFF(Set.of("image/tiff"), List.of("tif", "tiff"), null),

	BMP(Set.of("image/bmp", "image/x-ms-bmp"), List.of("bmp"), null),

	WEBP(Set.of("image/webp"), List.of("webp"), null),

	DOC(Set.of("application/msword"), List.of("doc"), null),

	DOCX(Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), List.of("docx"),
			"[Content_Types].xml"),

	XLS(Set.of("application/vnd.ms-excel"), List.of("xls"), null),

	XLSX(Set.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), List.of("xlsx"),
			"[Content_Types].xml"),

	PPT(Set.of("application/vnd.ms-powerpoint"), List.of("ppt"), null),

	PPTX(Set.of("application/vnd.openxmlformats-officedocument.presentationml.presentation"), List.of("pptx"),
			"[Content_Types].xml"),

	/** 版式文档 (GB/T 33190): a zip with an OFD.xml, which content detection calls a zip. */
	OFD(Set.of("application/zip"), List.of("ofd"), "OFD.xml");

	private final Set<String> mediaTypes;

	private final List<String> extensions;

	private final String zipEntry;

	FileType(Set<String> mediaTypes, List<String> extensions, String zipEntry) {
		this.mediaTypes = mediaTypes;
		this.extensions = extensions;
		this.zipEntry = zipEntry;
	}

	/**
	 * The type of a detected media type, the name's extension deciding between those of
	 * one media type (a zip is an OFD only when named so).
	 */
	static Optional<FileType> of(String mediaType, String extension) {
		FileType found = null;
		for (FileType type : values()) {
			if (type.mediaTypes.contains(mediaType)) {
				if (type.extensions.contains(extension)) {
					return Optional.of(type);
				}
				if (found == null && type != OFD) {
					found = type;
				}
			}
		}
		return Optional.ofNullable(found);
	}

	boolean hasExtension(String extension) {
		return extensions.contains(extension);
	}

	String extension() {
		return extensions.get(0);
	}

	/** The media type a download is served with. */
	String mediaType() {
		return this == OFD ? "application/ofd" : mediaTypes.iterator().next();
	}

	/** The entry a zip of this kind must hold, or null. */
	String zipEntry() {
		return zipEntry;
	}

	/** Every extension a name may end in, for the page's file chooser. */
	static String accept() {
		StringBuilder accept = new StringBuilder();
		for (FileType type : values()) {
			for (String extension : type.extensions) {
				accept.append(accept.isEmpty() ? "" : ",").append('.').append(extension);
			}
		}
		return accept.toString();
	}

}
