package io.github.perfeval.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.perfeval.account.Viewer;
import io.github.perfeval.audit.AuditTrail;
import io.github.perfeval.department.DepartmentDirectory;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.framework.FrameworkCatalog;
import io.github.perfeval.framework.FrameworkRef;
import io.github.perfeval.scoring.Customization;
import io.github.perfeval.scoring.IndicatorTree;
import io.github.perfeval.scoring.ScoringEngine;
import io.github.perfeval.scoring.Violation;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scores, imports and exports evaluation documents, for the viewer's departments only. */
@Service
@Transactional(readOnly = true)
public class EvaluationService {

	static final String DEFAULT_FRAMEWORK = "SZ-COMMON";

	private final EvaluationRepository evaluations;

	private final DepartmentDirectory departments;

	private final FrameworkCatalog frameworks;

	private final DocumentMapping mapping;

	private final AuditTrail audit;

	EvaluationService(EvaluationRepository evaluations, DepartmentDirectory departments, FrameworkCatalog frameworks,
			DocumentMapping mapping, AuditTrail audit) {
		this.evaluations = evaluations;
		this.departments = departments;
		this.frameworks = frameworks;
		this.mapping = mapping;
		this.audit = audit;
	}

	/** Validates and scores a document without saving anything. */
	public Scored score(EvaluationDocument document) {
		List<Violation> violations = new ArrayList<>(DocumentCheck.check(document));
		String frameworkCode = frameworkCode(document);
		Optional<FrameworkRef> framework = frameworks.latest(frameworkCode);
		if (framework.isEmpty()) {
			violations.add(Violation.of(null, "framework", "unknownFramework", frameworkCode));
			return new Scored(null, null, violations);
		}
		return score(document, frameworks.tree(framework.get().id()), violations);
	}

	/** Scores a document, failing with all its problems when it is invalid. */
	public Scored scoreValid(EvaluationDocument document) {
		Scored scored = score(document);
		if (!scored.valid()) {
			throw new InvalidEvaluationException(scored);
		}
		return scored;
	}

	/** Imports a document as a new evaluation; fails when invalid or when the year exists. */
	@Transactional
	public Imported importDocument(EvaluationDocument document, Viewer viewer) {
		Scored scored = scoreValid(document);
		DepartmentRef department = departmentFor(document.department(), viewer);
		if (evaluations.existsByDepartmentIdAndYear(department.id(), document.year())) {
			throw new EvaluationExistsException(department.name(), document.year());
		}
		FrameworkRef framework = frameworks.latest(frameworkCode(document)).orElseThrow();
		Evaluation evaluation = new Evaluation(department.id(), document.year(), framework.id());
		mapping.write(document, evaluation, viewer.username());
		try {
			evaluation = evaluations.saveAndFlush(evaluation);
		}
		catch (DataIntegrityViolationException ex) {
			throw new EvaluationExistsException(department.name(), document.year());
		}
		long id = evaluation.getId();
		audit.record(id, viewer.username(), "IMPORTED", document.year() + " " + department.name());
		DocumentMapping.overrides(document)
			.forEach((code, override) -> audit.record(id, viewer.username(), "OVERRIDE_SET",
					code + " = " + override.score() + "：" + override.reason()));
		return new Imported(summary(evaluation, department), scored);
	}

	/** The result of an import: the new evaluation and its sheet. */
	public record Imported(EvaluationSummary evaluation, Scored scored) {
	}

	public EvaluationDocument export(long id, Viewer viewer) {
		Evaluation evaluation = visible(id, viewer);
		return document(evaluation);
	}

	public Scored sheet(long id, Viewer viewer) {
		Evaluation evaluation = visible(id, viewer);
		return score(document(evaluation), frameworks.tree(evaluation.getFrameworkId()), new ArrayList<>());
	}

	public EvaluationSummary summary(long id, Viewer viewer) {
		Evaluation evaluation = visible(id, viewer);
		return summary(evaluation, departments.byId(evaluation.getDepartmentId()).orElseThrow());
	}

	public List<EvaluationSummary> ofDepartment(long departmentId, Viewer viewer) {
		if (!viewer.canSee(departmentId)) {
			return List.of();
		}
		DepartmentRef department = departments.byId(departmentId).orElseThrow();
		return evaluations.findByDepartmentIdOrderByYearDesc(departmentId)
			.stream()
			.map(evaluation -> summary(evaluation, department))
			.toList();
	}

	private Scored score(EvaluationDocument document, IndicatorTree common, List<Violation> violations) {
		Customization.Result customized = DocumentMapping.customization(document).applyTo(common);
		violations.addAll(customized.violations());
		if (!customized.violations().isEmpty()) {
			return new Scored(customized.tree(), null, violations);
		}
		ScoringEngine.Assessment assessment = ScoringEngine.assess(customized.tree(),
				DocumentMapping.inputs(document), DocumentMapping.overrides(document));
		violations.addAll(assessment.violations());
		return new Scored(customized.tree(),
				assessment.sheet().withWarnings(UnitsCheck.check(document.units(), document.totals())), violations);
	}

	private EvaluationDocument document(Evaluation evaluation) {
		DepartmentRef department = departments.byId(evaluation.getDepartmentId()).orElseThrow();
		FrameworkRef framework = frameworks.find(evaluation.getFrameworkId()).orElseThrow();
		return mapping.read(evaluation, new EvaluationDocument.Department(department.code(), department.name()),
				framework.code());
	}

	private DepartmentRef departmentFor(EvaluationDocument.Department wanted, Viewer viewer) {
		Optional<DepartmentRef> existing = departments.byCode(wanted.code());
		if (existing.isEmpty()) {
			if (!viewer.isAdmin()) {
				throw new UnknownDepartmentException(wanted.code());
			}
			return departments.create(wanted.code(), wanted.name(), null);
		}
		if (!viewer.canSee(existing.get().id())) {
			throw new AccessDeniedException("Not a department of " + viewer.username());
		}
		return existing.get();
	}

	private Evaluation visible(long id, Viewer viewer) {
		return evaluations.findById(id)
			.filter(evaluation -> viewer.canSee(evaluation.getDepartmentId()))
			.orElseThrow(() -> new EvaluationNotFoundException(id));
	}

	private static EvaluationSummary summary(Evaluation evaluation, DepartmentRef department) {
		return new EvaluationSummary(evaluation.getId(), department.id(), department.code(), department.name(),
				evaluation.getYear(), evaluation.getStatus(), evaluation.getVersion());
	}

	private static String frameworkCode(EvaluationDocument document) {
		return document.framework() == null || document.framework().isBlank() ? DEFAULT_FRAMEWORK
				: document.framework();
	}

}
