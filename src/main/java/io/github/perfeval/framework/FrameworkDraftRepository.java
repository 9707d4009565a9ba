package io.github.perfeval.framework;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FrameworkDraftRepository extends JpaRepository<FrameworkDraft, Long> {

	List<FrameworkDraft> findAllByOrderByUpdatedAtDesc();

}
