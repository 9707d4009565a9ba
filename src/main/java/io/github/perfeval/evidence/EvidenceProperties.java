package io.github.perfeval.evidence;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What an evaluation's evidence may hold ({@code perfeval.evidence.*}): the size of one
 * file, how many files one evaluation keeps (on its leaves and as a whole), how many one
 * of its items keeps (a 整改事项, {@code max-item-files}), and where the contents lie — in
 * PostgreSQL unless {@code folder} names a folder.
 */
@ConfigurationProperties("perfeval.evidence")
public record EvidenceProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("100") int maxFiles,
		Path folder, @DefaultValue("20") int maxItemFiles) {

	public static EvidenceProperties defaults() {
		return new EvidenceProperties(DataSize.ofMegabytes(20), 100, null, 20);
	}

}
