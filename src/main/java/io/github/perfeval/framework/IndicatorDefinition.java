package io.github.perfeval.framework;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One indicator of a stored framework. Leaves carry weight, texts, input labels and rule,
 * the last two as JSON text.
 */
@Entity
class IndicatorDefinition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "framework_id")
	private IndicatorFramework framework;

	private String code;

	private String parentCode;

	private int position;

	private String name;

	private BigDecimal weight;

	private String description;

	private String criteria;

	private String inputLabels;

	private String rule;

	/** The leaf's {@link ReportSentence}s as JSON text; null when it has none. */
	private String report;

	protected IndicatorDefinition() {
	}

	IndicatorDefinition(String code, String parentCode, String name, BigDecimal weight, String description,
			String criteria, String inputLabels, String rule, String report) {
		this.code = code;
		this.parentCode = parentCode;
		this.name = name;
		this.weight = weight;
		this.description = description;
		this.criteria = criteria;
		this.inputLabels = inputLabels;
		this.rule = rule;
		this.report = report;
	}

	void attachTo(IndicatorFramework framework, int position) {
		this.framework = framework;
		this.position = position;
	}

	String getCode() {
		return code;
	}

	String getParentCode() {
		return parentCode;
	}

	String getName() {
		return name;
	}

	BigDecimal getWeight() {
		return weight;
	}

	String getDescription() {
		return description;
	}

	String getCriteria() {
		return criteria;
	}

	String getInputLabels() {
		return inputLabels;
	}

	String getRule() {
		return rule;
	}

	String getReport() {
		return report;
	}

	boolean isLeaf() {
		return rule != null;
	}

}
