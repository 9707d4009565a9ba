package io.github.perfeval.evidence.web;

import java.net.URI;
import java.util.List;

import io.github.perfeval.account.UserAccounts;
import io.github.perfeval.evidence.EvidenceItem;
import io.github.perfeval.evidence.EvidenceService;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 佐证材料 through the API: list, upload ({@code multipart/form-data}: {@code file}, and
 * {@code leafCode} for a leaf), download, delete; and the download the pages link to.
 */
@RestController
class EvidenceApiController {

	private final EvidenceService evidence;

	EvidenceApiController(EvidenceService evidence) {
		this.evidence = evidence;
	}

	/** A file as the API lists it, with where to download it. */
	record EvidenceJson(long id, String leafCode, String fileName, String type, long size, String sha256,
			String uploadedBy, java.time.Instant uploadedAt, String href) {

		static EvidenceJson of(EvidenceItem item) {
			return new EvidenceJson(item.id(), item.leafCode(), item.fileName(), item.type(), item.size(),
					item.sha256(), item.uploadedBy(), item.uploadedAt(),
					"/api/evaluations/" + item.evaluationId() + "/evidence/" + item.id());
		}

	}

	@GetMapping("/api/evaluations/{id}/evidence")
	List<EvidenceJson> list(@PathVariable long id) {
		return evidence.list(id, UserAccounts.currentViewer()).stream().map(EvidenceJson::of).toList();
	}

	@PostMapping(path = "/api/evaluations/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<EvidenceJson> upload(@PathVariable long id, @RequestParam(required = false) String leafCode,
			@RequestParam(required = false) MultipartFile file) {
		EvidenceItem added = evidence.add(id, UserAccounts.currentViewer(), leafCode,
				EvidencePageController.upload(file));
		EvidenceJson json = EvidenceJson.of(added);
		return ResponseEntity.created(URI.create(json.href())).body(json);
	}

	@DeleteMapping("/api/evaluations/{id}/evidence/{evidenceId}")
	ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long evidenceId) {
		evidence.remove(id, evidenceId, UserAccounts.currentViewer());
		return ResponseEntity.noContent().build();
	}

	/**
	 * The file, always as an attachment (never shown in the application's origin), under
	 * its clean name.
	 */
	@GetMapping({ "/api/evaluations/{id}/evidence/{evidenceId}", "/evaluations/{id}/evidence/{evidenceId}" })
	ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long evidenceId) {
		return evidence.download(id, evidenceId, UserAccounts.currentViewer()).attachment();
	}

}
