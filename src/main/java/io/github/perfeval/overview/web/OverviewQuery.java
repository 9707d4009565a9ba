package io.github.perfeval.overview.web;

import io.github.perfeval.evaluation.EvaluationStatus;
import io.github.perfeval.overview.OverviewFilter;
import io.github.perfeval.overview.OverviewSort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The overview's GET parameters as typed (a shared URL carries them all), with their
 * bounds: a value out of bounds or of the wrong kind is named in Chinese on the page and
 * left out, never an error.
 */
class OverviewQuery {

	static final int MIN_YEAR = 2000;

	static final int MAX_YEAR = 2100;

	static final int MAX_NAME = 100;

	static final int MAX_GRADE = 32;

	static final int MAX_PAGE = 10_000;

	/** The {@code type} of the departments without a 单位类型. */
	static final String UNTYPED = "none";

	@Min(value = MIN_YEAR, message = "{overview.year.range}")
	@Max(value = MAX_YEAR, message = "{overview.year.range}")
	private Integer year;

	private EvaluationStatus status;

	@Size(max = MAX_GRADE, message = "{overview.grade.size}")
	private String grade;

	/** A 单位类型's id, or {@value #UNTYPED} for the departments without one (未设置). */
	@Pattern(regexp = UNTYPED + "|\\d{1,18}", message = "{typeMismatch.query.type}")
	private String type;

	@Size(max = MAX_NAME, message = "{overview.name.size}")
	private String name;

	private Long framework;

	private OverviewSort sort = OverviewSort.DEPARTMENT;

	private Direction dir = Direction.asc;

	@Min(value = 1, message = "{overview.page.range}")
	@Max(value = MAX_PAGE, message = "{overview.page.range}")
	private Integer page;

	/** Ascending or descending, as the URL writes it. */
	enum Direction {

		asc, desc

	}

	/** The filter, leaving out every parameter the binding or the bounds refused. */
	OverviewFilter toFilter(BindingResult errors) {
		return new OverviewFilter(errors.hasFieldErrors("year") ? null : year,
				errors.hasFieldErrors("status") ? null : status, errors.hasFieldErrors("grade") ? null : grade,
				errors.hasFieldErrors("type") || type == null || UNTYPED.equals(type) ? null : Long.valueOf(type),
				!errors.hasFieldErrors("type") && UNTYPED.equals(type), errors.hasFieldErrors("name") ? null : name,
				errors.hasFieldErrors("framework") ? null : framework,
				errors.hasFieldErrors("sort") || sort == null ? OverviewSort.DEPARTMENT : sort,
				!errors.hasFieldErrors("dir") && dir == Direction.desc,
				errors.hasFieldErrors("page") || page == null ? 1 : page);
	}

	/**
	 * The URL of the overview with this filter (as applied), sorted by {@code sort}: the
	 * other way round when it is sorted by it already.
	 */
	static String sortLink(OverviewFilter filter, OverviewSort sort) {
		boolean descending = filter.sort() == sort ? !filter.descending()
				: sort == OverviewSort.TOTAL || sort == OverviewSort.CHANGED;
		return link(filter, sort, descending, 1);
	}

	/** The URL of another page of the overview with this filter. */
	static String pageLink(OverviewFilter filter, int page) {
		return link(filter, filter.sort(), filter.descending(), page);
	}

	private static String link(OverviewFilter filter, OverviewSort sort, boolean descending, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/overview").queryParam("year", filter.year());
		if (filter.status() != null) {
			uri.queryParam("status", filter.status());
		}
		if (filter.grade() != null) {
			uri.queryParam("grade", filter.grade());
		}
		if (filter.typeId() != null) {
			uri.queryParam("type", filter.typeId());
		}
		if (filter.untyped()) {
			uri.queryParam("type", UNTYPED);
		}
		if (filter.name() != null) {
			uri.queryParam("name", filter.name());
		}
		if (filter.frameworkId() != null) {
			uri.queryParam("framework", filter.frameworkId());
		}
		uri.queryParam("sort", sort).queryParam("dir", descending ? Direction.desc : Direction.asc);
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public EvaluationStatus getStatus() {
		return status;
	}

	public void setStatus(EvaluationStatus status) {
		this.status = status;
	}

	public String getGrade() {
		return grade;
	}

	public void setGrade(String grade) {
		this.grade = grade == null || grade.isBlank() ? null : grade.strip();
	}

	public String getType() {
		return type;
	}

	public void setType(String type) {
		this.type = type == null || type.isBlank() ? null : type.strip();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null || name.isBlank() ? null : name.strip();
	}

	public Long getFramework() {
		return framework;
	}

	public void setFramework(Long framework) {
		this.framework = framework;
	}

	public OverviewSort getSort() {
		return sort;
	}

	public void setSort(OverviewSort sort) {
		this.sort = sort;
	}

	public Direction getDir() {
		return dir;
	}

	public void setDir(Direction dir) {
		this.dir = dir;
	}

	public Integer getPage() {
		return page;
	}

	public void setPage(Integer page) {
		this.page = page;
	}

}
