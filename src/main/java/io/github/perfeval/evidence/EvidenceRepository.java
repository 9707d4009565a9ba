package io.github.perfeval.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

	/** The evaluation's own files (on a leaf or the whole), not its items'. */
	List<Evidence> findByEvaluationIdAndItemKindIsNullOrderByLeafCodeAscUploadedAtAscIdAsc(long evaluationId);

	Optional<Evidence> findByIdAndEvaluationIdAndItemKindIsNull(long id, long evaluationId);

	long countByEvaluationIdAndItemKindIsNull(long evaluationId);

	/** The files of an evaluation's items of one kind, in upload order. */
	List<Evidence> findByEvaluationIdAndItemKindOrderByUploadedAtAscIdAsc(long evaluationId, String itemKind);

	List<Evidence> findByItemKindAndItemIdOrderByUploadedAtAscIdAsc(String itemKind, long itemId);

	Optional<Evidence> findByIdAndEvaluationIdAndItemKindAndItemId(long id, long evaluationId, String itemKind,
			long itemId);

	long countByItemKindAndItemId(String itemKind, long itemId);

	/** How many files each item has: [item id, count], items without files absent. */
	@Query("select e.itemId, count(e) from Evidence e where e.itemKind = :kind and e.itemId in :ids group by e.itemId")
	List<Object[]> countByItem(@Param("kind") String itemKind, @Param("ids") Collection<Long> itemIds);

}
