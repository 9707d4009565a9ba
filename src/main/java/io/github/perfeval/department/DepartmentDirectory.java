package io.github.perfeval.department;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds and creates departments. */
@Service
@Transactional(readOnly = true)
public class DepartmentDirectory {

	private final DepartmentRepository departments;

	private final DepartmentTypeRepository types;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	DepartmentDirectory(DepartmentRepository departments, DepartmentTypeRepository types,
			org.springframework.context.ApplicationEventPublisher events, JdbcClient jdbc) {
		this.departments = departments;
		this.jdbc = jdbc;
		this.types = types;
		this.events = events;
	}

	/** The 单位类型, in their order. */
	public List<DepartmentTypeRef> types() {
		return types.findAllByOrderByPositionAscIdAsc().stream().map(DepartmentType::ref).toList();
	}

	public Optional<DepartmentTypeRef> type(long id) {
		return types.findById(id).map(DepartmentType::ref);
	}

	/** Sets the department's 单位类型 (null: none); false when there is no such type. */
	@Transactional
	public boolean type(long id, Long typeId) {
		Department department = departments.findById(id).orElseThrow();
		if (typeId != null && !types.existsById(typeId)) {
			return false;
		}
		DepartmentRef before = department.ref();
		changed(before, "typeId", typeName(before.typeId()), typeName(typeId));
		department.typed(typeId);
		return true;
	}

	/** Adds a 单位类型 at the end; false when one of this name exists. */
	@Transactional
	public boolean addType(String name) {
		if (types.existsByName(name)) {
			return false;
		}
		int position = types.findAllByOrderByPositionAscIdAsc()
			.stream()
			.mapToInt(type -> type.ref().position())
			.max()
			.orElse(0) + 1;
		types.saveAndFlush(new DepartmentType(name, position));
		events.publishEvent(DepartmentEvent.changed("DEPARTMENT_TYPE_CREATED", name, "name", null, name));
		return true;
	}

	/** Renames a 单位类型; false when another type has this name. */
	@Transactional
	public boolean renameType(long id, String name) {
		DepartmentType type = types.findById(id).orElseThrow();
		String before = type.ref().name();
		if (before.equals(name)) {
			return true;
		}
		if (types.existsByName(name)) {
			return false;
		}
		type.rename(name);
		events.publishEvent(DepartmentEvent.changed("DEPARTMENT_TYPE_CHANGED", before, "name", before, name));
		return true;
	}

	private String typeName(Long typeId) {
		return typeId == null ? null : types.findById(typeId).map(type -> type.ref().name()).orElse(null);
	}

	public Optional<DepartmentRef> byCode(String code) {
		return departments.findByCode(code).map(Department::ref);
	}

	public Optional<DepartmentRef> byId(long id) {
		return departments.findById(id).map(Department::ref);
	}

	public List<DepartmentRef> all() {
		return departments.findAllByOrderByCode().stream().map(Department::ref).toList();
	}

	/**
	 * The first {@code limit} departments whose name or code contains {@code text} (case
	 * ignored; blank: every department), of those given ({@code within}; null: of all),
	 * in pinyin order of their names, and how many match in all: two queries that read
	 * {@code limit} rows however many departments there are.
	 */
	public DepartmentChoices choices(String text, java.util.Collection<Long> within, int limit) {
		if (within != null && within.isEmpty()) {
			return new DepartmentChoices(List.of(), 0);
		}
		StringBuilder where = new StringBuilder(" where true");
		java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
		if (within != null) {
			where.append(" and id = any(:within)");
			params.put("within", within.toArray(Long[]::new));
		}
		String search = text == null ? "" : text.strip();
		if (!search.isEmpty()) {
			where.append(" and (strpos(lower(name), lower(:text)) > 0 or strpos(lower(code), lower(:text)) > 0)");
			params.put("text", search);
		}
		int matching = jdbc.sql("select count(*) from department" + where).params(params).query(Integer.class).single();
		params.put("limit", limit);
		List<DepartmentRef> first = jdbc
			.sql("select id, code, name, parent_id, review_levels, type_id from department" + where
					+ " order by name collate pinyin, code limit :limit")
			.params(params)
			.query((rs, row) -> new DepartmentRef(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, Long.class), rs.getInt(5), rs.getObject(6, Long.class)))
			.list();
		return new DepartmentChoices(first, matching);
	}

	/** Sets how many review levels the department's evaluations pass: 1 or 2. */
	@Transactional
	public DepartmentRef reviewIn(long id, int levels) {
		Department department = departments.findById(id).orElseThrow();
		changed(department.ref(), "reviewLevels", department.ref().reviewLevels(), levels);
		department.reviewIn(levels);
		return department.ref();

	}

	/**
	 * Renames a department or moves it under another (or none); false when the new parent
	 * is the department itself or one of its own 下属单位.
	 */
	@Transactional
	public boolean edit(long id, String name, Long parentId) {
		Department department = departments.findById(id).orElseThrow();
		for (Long ancestor = parentId; ancestor != null; ancestor = departments.findById(ancestor)
			.map(d -> d.ref().parentId())
			.orElse(null)) {
			if (ancestor == id) {
				return false;
			}
		}
		DepartmentRef before = department.ref();
		changed(before, "name", before.name(), name);
		changed(before, "parentId", before.parentId(), parentId);
		department.edit(name, parentId);
		return true;
	}

	private void changed(DepartmentRef department, String field, Object before, Object after) {
		if (!java.util.Objects.equals(before, after)) {
			events.publishEvent(DepartmentEvent.changed("DEPARTMENT_CHANGED", department.code(), field, before, after));
		}
	}

	/**
	 * The departments given and all their 下属单位, at any depth (a department is never under
	 * itself: {@link #edit} refuses the loop).
	 */
	public java.util.Set<Long> withSubUnits(java.util.Set<Long> roots) {
		java.util.Set<Long> result = new java.util.HashSet<>(roots);
		List<DepartmentRef> all = all();
		boolean grew = true;
		while (grew) {
			grew = false;
			for (DepartmentRef department : all) {
				if (department.parentId() != null && result.contains(department.parentId())
						&& result.add(department.id())) {
					grew = true;
				}
			}
		}
		return result;
	}

	/**
	 * The department of this code, created (top-level, with this name) when there is
	 * none: two concurrent imports of a new department create it once and both use it.
	 */
	@Transactional
	public DepartmentRef createIfAbsent(String code, String name) {
		if (departments.insertIfAbsent(code, name) > 0) {
			events.publishEvent(DepartmentEvent.changed("DEPARTMENT_CREATED", code, "name", null, name));
		}
		return departments.findByCode(code).orElseThrow().ref();
	}

	@Transactional
	public DepartmentRef create(String code, String name, Long parentId) {
		DepartmentRef created = departments.saveAndFlush(new Department(code, name, parentId)).ref();
		events.publishEvent(DepartmentEvent.changed("DEPARTMENT_CREATED", code, "name", null, name));
		if (parentId != null) {
			events.publishEvent(DepartmentEvent.changed("DEPARTMENT_CREATED", code, "parentId", null, parentId));
		}
		return created;
	}

}
