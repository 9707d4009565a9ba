package io.github.perfeval.support;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The responses of a race, grouped by status, and what a failure message shows of them.
 */
public final class Responses {

	private Responses() {
	}

	/** Each status with the numbers of the responses that had it. */
	public static Map<Integer, List<Integer>> byStatus(List<HttpResponse<String>> responses) {
		Map<Integer, List<Integer>> byStatus = new TreeMap<>();
		for (int i = 0; i < responses.size(); i++) {
			byStatus.computeIfAbsent(responses.get(i).statusCode(), status -> new ArrayList<>()).add(i);
		}
		return byStatus;
	}

	/** How many responses had each status. */
	public static Map<Integer, Integer> counts(List<HttpResponse<String>> responses) {
		Map<Integer, Integer> counts = new TreeMap<>();
		byStatus(responses).forEach((status, numbers) -> counts.put(status, numbers.size()));
		return counts;
	}

	/**
	 * The responses of any other status, each told once: for an assertion's description.
	 */
	public static String otherThan(List<HttpResponse<String>> responses, Integer... expected) {
		List<Integer> allowed = List.of(expected);
		return responses.stream()
			.filter(response -> !allowed.contains(response.statusCode()))
			.map(WebSession::describe)
			.distinct()
			.collect(Collectors.joining("\n", "unexpected responses:\n", ""));
	}

}
