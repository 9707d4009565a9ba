package io.github.perfeval.evaluation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.framework.FrameworkCatalog;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 上年数据: the figures and scores of the department's latest evaluation of an earlier year
 * on the same framework, read once for the editor. Scores come from that evaluation's
 * stored snapshot ({@link ScoreSnapshots}); it is never scored again.
 */
@Service
@Transactional(readOnly = true)
public class PriorYears {

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private final EvaluationService evaluations;

	private final EvaluationRepository repository;

	private final FrameworkCatalog frameworks;

	private final ScoreSnapshots snapshots;

	private final JsonMapper json;

	PriorYears(EvaluationService evaluations, EvaluationRepository repository, FrameworkCatalog frameworks,
			ScoreSnapshots snapshots, JsonMapper json) {
		this.evaluations = evaluations;
		this.repository = repository;
		this.frameworks = frameworks;
		this.snapshots = snapshots;
		this.json = json;
	}

	/**
	 * The earlier year of evaluation {@code id}: empty when the department has none, when
	 * it is on another framework, or when the viewer may not see it.
	 */
	public Optional<PriorYear> of(long id, Viewer viewer) {
		Evaluation current = evaluations.visibleEvaluation(id, viewer);
		Optional<Evaluation> earlier = repository.findByDepartmentIdOrderByYearDesc(current.getDepartmentId())
			.stream()
			.filter(candidate -> candidate.getYear() < current.getYear())
			.findFirst()
			.filter(candidate -> sameFramework(candidate, current))
			.filter(candidate -> visible(candidate, viewer));
		return earlier.map(this::prior);
	}

	private PriorYear prior(Evaluation earlier) {
		Map<String, BigDecimal> scores = new HashMap<>();
		Optional<ScoreSnapshot> snapshot = snapshots.of(earlier.getId());
		snapshot.ifPresent(stored -> stored.level(3).forEach(line -> scores.put(line.code(), line.score())));
		Map<String, Map<String, Object>> inputs = new HashMap<>();
		earlier.getLeafEntries().forEach(entry -> inputs.put(entry.code(), json.readValue(entry.inputs(), OBJECT)));
		Map<String, PriorYear.Leaf> leaves = new LinkedHashMap<>();
		// The leaves of that year are its snapshot's; without one (its 个性指标 made no
		// valid tree), those it holds inputs for.
		(snapshot.isPresent() ? scores.keySet() : inputs.keySet()).forEach(code -> leaves.put(code,
				new PriorYear.Leaf(code, scores.get(code), inputs.getOrDefault(code, Map.of()))));
		return new PriorYear(earlier.getId(), earlier.getYear(), leaves);
	}

	private boolean sameFramework(Evaluation earlier, Evaluation current) {
		return frameworks.find(earlier.getFrameworkId())
			.map(framework -> framework.code())
			.equals(frameworks.find(current.getFrameworkId()).map(framework -> framework.code()));
	}

	private boolean visible(Evaluation earlier, Viewer viewer) {
		try {
			evaluations.visibleEvaluation(earlier.getId(), viewer);
			return true;
		}
		catch (EvaluationNotFoundException ex) {
			return false;
		}
	}

}
