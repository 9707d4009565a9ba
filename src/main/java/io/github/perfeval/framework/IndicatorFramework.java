package io.github.perfeval.framework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** 指标体系: one version of a framework such as SZ-COMMON; never changed once stored. */
@Entity
class IndicatorFramework {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private int version;

	private String name;

	private String region;

	private String judgmentDescription;

	private String judgmentCriteria;

	/** 评分等级 as JSON: [{"name": "优", "min": 90}, …]. */
	private String grades;

	/**
	 * 成效档次 as JSON: [{"code": "SIGNIFICANT", "name": "显著", "min": 80, …}, …]; null when
	 * none.
	 */
	private String judgmentLevels;

	private Instant createdAt;

	/** How a leaf marked 不适用 scores: FULL, EXCLUDE, or null where no leaf may be. */
	private String notApplicable;

	/**
	 * The goal-indicator scheme as JSON ({@code GoalScheme}), null for most frameworks.
	 */
	private String goals;

	/** The 评分表's 附注 as a JSON list of texts; null where it has none. */
	private String sheetNotes;

	/** The 一致性检查 as a JSON list ({@code ConsistencyCheck}); null where it has none. */
	private String checks;

	@OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<IndicatorDefinition> indicators = new ArrayList<>();

	protected IndicatorFramework() {
	}

	IndicatorFramework(String code, int version, String name, String region, String judgmentDescription,
			String judgmentCriteria, String grades, String notApplicable, String judgmentLevels) {
		this.code = code;
		this.version = version;
		this.name = name;
		this.region = region;
		this.judgmentDescription = judgmentDescription;
		this.judgmentCriteria = judgmentCriteria;
		this.grades = grades;
		this.notApplicable = notApplicable;
		this.judgmentLevels = judgmentLevels;
		this.createdAt = Instant.now();
	}

	void add(IndicatorDefinition indicator) {
		indicator.attachTo(this, indicators.size());
		indicators.add(indicator);
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	int getVersion() {
		return version;
	}

	String getName() {
		return name;
	}

	String getRegion() {
		return region;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String getJudgmentDescription() {
		return judgmentDescription;
	}

	String getGrades() {
		return grades;
	}

	String getJudgmentLevels() {
		return judgmentLevels;
	}

	String getJudgmentCriteria() {
		return judgmentCriteria;
	}

	String getNotApplicable() {
		return notApplicable;
	}

	String getGoals() {
		return goals;
	}

	/** Set once, before the version is stored. */
	void takeGoals(String goals) {
		this.goals = goals;
	}

	String getSheetNotes() {
		return sheetNotes;
	}

	/** Set once, before the version is stored. */
	void takeSheetNotes(String sheetNotes) {
		this.sheetNotes = sheetNotes;
	}

	String getChecks() {
		return checks;
	}

	/** Set once, before the version is stored. */
	void takeChecks(String checks) {
		this.checks = checks;
	}

	List<IndicatorDefinition> getIndicators() {
		return indicators;
	}

}
