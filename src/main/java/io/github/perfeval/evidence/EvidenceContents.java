package io.github.perfeval.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where files' contents lie: in the table {@code evidence_content}, in the transaction of
 * the file's row, or — with {@code perfeval.evidence.folder} — in that folder under
 * {@code <evaluation>/<file id>} (never a name a user chose), written before the commit,
 * removed again if the transaction rolls back, and deleted only after a deletion commits.
 */
@Component
class EvidenceContents {

	private final JdbcTemplate jdbc;

	private final Path folder;

	EvidenceContents(JdbcTemplate jdbc, EvidenceProperties properties) {
		this.jdbc = jdbc;
		this.folder = properties.folder();
	}

	Evidence.Store store() {
		return folder == null ? Evidence.Store.DATABASE : Evidence.Store.FOLDER;
	}

	void write(Evidence evidence, byte[] content) {
		if (evidence.getStore() == Evidence.Store.DATABASE) {
			jdbc.update("insert into evidence_content (evidence_id, content) values (?, ?)", evidence.getId(), content);
			return;
		}
		Path file = fileOf(evidence);
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					deleteQuietly(file);
				}
			}
		});
	}

	Resource read(Evidence evidence) {
		if (evidence.getStore() == Evidence.Store.DATABASE) {
			byte[] content = jdbc.queryForObject("select content from evidence_content where evidence_id = ?",
					byte[].class, evidence.getId());
			return new ByteArrayResource(content);
		}
		return new FileSystemResource(fileOf(evidence));
	}

	/**
	 * A deleted file's content: the row goes with the file's row (cascade); a folder's
	 * file once the deletion commits.
	 */
	void delete(Evidence evidence) {
		if (evidence.getStore() == Evidence.Store.FOLDER) {
			Path file = fileOf(evidence);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deleteQuietly(file);
				}
			});
		}
	}

	private Path fileOf(Evidence evidence) {
		if (folder == null) {
			throw new IllegalStateException(
					"Evidence " + evidence.getId() + " lies in a folder, but perfeval.evidence.folder is not set");
		}
		return folder.resolve(String.valueOf(evidence.getEvaluationId())).resolve(String.valueOf(evidence.getId()));
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// Left behind: a file no row names is never served.
		}
	}

}
