package io.github.perfeval.evidence;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a file is by its content, and the name it is kept under. */
class FileCheckTest {

	@Test
	void aNameKeepsItsLastPartWithoutControlDirectionOrReservedCharacters() {
		assertThat(FileCheck.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileCheck.cleanName("C:\\Users\\张莹\\桌面\\批复.pdf")).isEqualTo("批复.pdf");
		assertThat(FileCheck.cleanName("\u202Efdp.exe")).isEqualTo("fdp.exe");
		assertThat(FileCheck.cleanName("a\u0000b\tc<>:\"|?*.pdf")).isEqualTo("ab c.pdf");
		assertThat(FileCheck.cleanName("...   ")).isEmpty();
		assertThat(FileCheck.cleanName(null)).isEmpty();
		// Composed and decomposed forms are one name.
		assertThat(FileCheck.cleanName("Cafe\u0301.pdf")).isEqualTo("Caf\u00e9.pdf");
	}

	@Test
	void theContentDecidesTheKindAndTheNameOnlyTellsContainersApart() throws Exception {
		byte[] pdf = EvidenceTestFiles.pdf();
		assertThat(FileCheck.check("批复.pdf", pdf, null, "未命名文件").type()).isEqualTo(FileType.PDF);
		assertThat(FileCheck.check("批复", pdf, null, "未命名文件").name()).isEqualTo("批复.pdf");
		assertThat(FileCheck.check("2024.03 会议纪要", pdf, null, "未命名文件").name()).isEqualTo("2024.03 会议纪要.pdf");
		assertThat(FileCheck.check("../..", pdf, null, "未命名文件").name()).isEqualTo("未命名文件.pdf");
		assertThat(FileCheck.check("纪要.docx", EvidenceTestFiles.docx(), null, "x").type()).isEqualTo(FileType.DOCX);
		assertThat(FileCheck.check("图.png", EvidenceTestFiles.png(), null, "x").type()).isEqualTo(FileType.PNG);
		assertThat(FileCheck.check("票.ofd", EvidenceTestFiles.zip("OFD.xml"), null, "x").type())
			.isEqualTo(FileType.OFD);

		assertThatThrownBy(() -> FileCheck.check("图.jpg", pdf, "1.1.1", "x"))
			.isInstanceOfSatisfying(EvidenceRefusedException.class, ex -> {
				assertThat(ex.code()).isEqualTo("disguised");
				assertThat(ex.leafCode()).isEqualTo("1.1.1");
				assertThat(ex.args()).containsExactly("图.jpg", "PDF", "jpg");
			});
		assertThatThrownBy(() -> FileCheck.check("a.zip", EvidenceTestFiles.zip("OFD.xml"), null, "x"))
			.isInstanceOfSatisfying(EvidenceRefusedException.class, ex -> assertThat(ex.code()).isEqualTo("type"));
		assertThatThrownBy(
				() -> FileCheck.check("a.pdf", "%PDF? no, plain text".getBytes(StandardCharsets.UTF_8), null, "x"))
			.isInstanceOfSatisfying(EvidenceRefusedException.class, ex -> assertThat(ex.code()).isEqualTo("type"));
	}

	@Test
	void aLongNameIsCutKeepingItsExtension() {
		String name = "报".repeat(300) + ".pdf";
		String kept = FileCheck.check(name, EvidenceTestFiles.pdf(), null, "x").name();
		assertThat(kept).hasSize(FileCheck.MAX_NAME).endsWith("报.pdf");
	}

}
