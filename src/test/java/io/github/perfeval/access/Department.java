package io.github.perfeval.access;

import io.github.perfeval.support.SeedCases;

/**
 * The two departments of the matrix, each with its seed evaluation and what shows that
 * evaluation's content in a response: the department's name and its 综合评分.
 */
enum Department {

	LUOHU("LH-WJJ", "深圳市罗湖区卫生健康局", SeedCases.LUOHU, 2024, "88.18"),

	HKU("HKU-SZH", "香港大学深圳医院", SeedCases.HKU, 2021, "96.60");

	final String code;

	final String name;

	final String seed;

	final int year;

	final String total;

	Department(String code, String name, String seed, int year, String total) {
		this.code = code;
		this.name = name;
		this.seed = seed;
		this.year = year;
		this.total = total;
	}

}
