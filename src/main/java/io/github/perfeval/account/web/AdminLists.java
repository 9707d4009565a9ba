package io.github.perfeval.account.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.perfeval.account.UserSummary;
import io.github.perfeval.department.DepartmentRef;
import io.github.perfeval.department.DepartmentTypeRef;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The two lists of 用户与部门, a page of {@link #PAGE_SIZE} rows each, searched by name or
 * code (部门) and by 用户名 or 姓名 (用户): the query string of {@code GET /admin}, bound and
 * bounded here. Each row carries the names it shows (上级部门, 单位类型, 所属部门), looked up once by
 * id instead of by scanning every department for each row.
 */
class AdminLists {

	static final int PAGE_SIZE = 50;

	static final int MAX_PAGE = 100_000;

	@Size(max = 100, message = "{admin.search.tooLong}")
	private String dq;

	@Min(value = 1, message = "{admin.page.range}")
	@Max(value = MAX_PAGE, message = "{admin.page.range}")
	private Integer dp;

	@Size(max = 100, message = "{admin.search.tooLong}")
	private String uq;

	@Min(value = 1, message = "{admin.page.range}")
	@Max(value = MAX_PAGE, message = "{admin.page.range}")
	private Integer up;

	/** A department of the list with the names of its 上级部门 and 单位类型. */
	record DepartmentRow(DepartmentRef department, String parentName, String typeName) {
	}

	/** A user of the list with the names of their departments, in code order. */
	record UserRow(UserSummary user, List<String> departmentNames) {
	}

	/** One page of a list: its rows, which page of how many, how many rows match. */
	record Page<T>(List<T> rows, int number, int pages, int matching, int all, String previous, String next) {

		public boolean filtered() {
			return matching != all;
		}

	}

	Page<DepartmentRow> departments(List<DepartmentRef> departments, List<DepartmentTypeRef> types) {
		Map<Long, String> names = names(departments);
		Map<Long, String> typeNames = types.stream()
			.collect(Collectors.toMap(DepartmentTypeRef::id, DepartmentTypeRef::name, (a, b) -> a));
		String text = normalized(dq);
		List<DepartmentRow> matching = departments.stream()
			.filter(d -> text.isEmpty() || contains(d.name(), text) || contains(d.code(), text))
			.map(d -> new DepartmentRow(d, d.parentId() == null ? null : names.get(d.parentId()),
					d.typeId() == null ? null : typeNames.get(d.typeId())))
			.toList();
		return page(matching, departments.size(), dp, number -> link(dq, number, uq, up));
	}

	Page<UserRow> users(List<UserSummary> users, List<DepartmentRef> departments) {
		Map<Long, String> names = names(departments);
		Map<Long, Integer> order = new HashMap<>();
		for (int i = 0; i < departments.size(); i++) {
			order.put(departments.get(i).id(), i);
		}
		String text = normalized(uq);
		List<UserRow> matching = users.stream()
			.filter(u -> text.isEmpty() || contains(u.username(), text) || contains(u.displayName(), text))
			.map(u -> new UserRow(u,
					u.departmentIds()
						.stream()
						.filter(names::containsKey)
						.sorted(Comparator.comparing(order::get))
						.map(names::get)
						.toList()))
			.toList();
		return page(matching, users.size(), up, number -> link(dq, dp, uq, number));
	}

	private static <T> Page<T> page(List<T> matching, int all, Integer requested, Function<Integer, String> link) {
		int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(requested == null ? 1 : requested, pages);
		List<T> rows = matching.subList((number - 1) * PAGE_SIZE, Math.min(matching.size(), number * PAGE_SIZE));
		return new Page<>(rows, number, pages, matching.size(), all, number > 1 ? link.apply(number - 1) : null,
				number < pages ? link.apply(number + 1) : null);
	}

	private static String link(String dq, Integer dp, String uq, Integer up) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin");
		if (!normalized(dq).isEmpty()) {
			link.queryParam("dq", dq.strip());
		}
		if (dp != null && dp > 1) {
			link.queryParam("dp", dp);
		}
		if (!normalized(uq).isEmpty()) {
			link.queryParam("uq", uq.strip());
		}
		if (up != null && up > 1) {
			link.queryParam("up", up);
		}
		return link.encode().build().toUriString();
	}

	private static Map<Long, String> names(List<DepartmentRef> departments) {
		return departments.stream().collect(Collectors.toMap(DepartmentRef::id, DepartmentRef::name, (a, b) -> a));
	}

	private static boolean contains(String value, String text) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(text);
	}

	private static String normalized(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
	}

	/** The lists as first shown: first pages, nothing searched (after a form's POST). */
	static AdminLists first() {
		return new AdminLists();
	}

	/** Drops what failed its bounds: the lists show their first page, unsearched. */
	AdminLists withoutInvalid(org.springframework.validation.BindingResult invalid) {
		AdminLists valid = new AdminLists();
		valid.dq = invalid.hasFieldErrors("dq") ? null : dq;
		valid.dp = invalid.hasFieldErrors("dp") ? null : dp;
		valid.uq = invalid.hasFieldErrors("uq") ? null : uq;
		valid.up = invalid.hasFieldErrors("up") ? null : up;
		return valid;
	}

	public String getDq() {
		return dq;
	}

	public void setDq(String dq) {
		this.dq = dq;
	}

	public Integer getDp() {
		return dp;
	}

	public void setDp(Integer dp) {
		this.dp = dp;
	}

	public String getUq() {
		return uq;
	}

	public void setUq(String uq) {
		this.uq = uq;
	}

	public Integer getUp() {
		return up;
	}

	public void setUp(Integer up) {
		this.up = up;
	}

}
