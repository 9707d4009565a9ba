package io.github.perfeval.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import io.github.perfeval.support.SeedCases;

/**
 * The scoring engine's throughput on one thread (issue 12: at least 50,000 evaluations
 * per second): one evaluation is what the application does to score a document — its 个性指标
 * applied to SZ-COMMON ({@link Customization#applyTo}) and {@link ScoringEngine#assess}.
 * {@link #luohu} scores the 罗湖 seed; {@link #batch} scores 10,000 evaluations varied from
 * both seeds by {@link #seed}, each checked to score (no violation) when made. Run with
 * {@code bench/jmh.sh ScoringEngineBenchmark}; no test runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms512m", "-Xmx512m" })
public class ScoringEngineBenchmark {

	static final int BATCH = 10_000;

	@Param("20261202")
	public long seed;

	private SeedCase luohu;

	private List<SeedCase> batch;

	@Setup(Level.Trial)
	public void setUp() {
		this.luohu = SeedCase.of(SeedCases.tree(SeedCases.LUOHU));
		BigDecimal total = this.luohu.assess().sheet().total();
		if (total.compareTo(new BigDecimal("88.18")) != 0) {
			throw new IllegalStateException("罗湖 scores " + total + ", not 88.18");
		}
		this.batch = varied(this.seed, BATCH);
	}

	/** One evaluation: the 罗湖 seed, 88.18 良. */
	@Benchmark
	public ScoringEngine.Assessment luohu() {
		return this.luohu.assess();
	}

	/** 10,000 varied evaluations; the score is per evaluation. */
	@Benchmark
	@OperationsPerInvocation(BATCH)
	public void batch(Blackhole blackhole) {
		for (SeedCase evaluation : this.batch) {
			blackhole.consume(evaluation.assess());
		}
	}

	/**
	 * {@code count} evaluations, the seeds in turn, their inputs lowered as the generated
	 * departments' are: items lost, 成效 scores within their band, rates, counts and
	 * amounts lower, some nonconformities; every tenth with an override. Each scores
	 * without a violation.
	 */
	static List<SeedCase> varied(long seed, int count) {
		Random random = new Random(seed);
		List<SeedCase> cases = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			ObjectNode document = SeedCases.tree(i % 2 == 0 ? SeedCases.LUOHU : SeedCases.HKU);
			vary(document, random);
			SeedCase evaluation = SeedCase.of(document);
			if (i % 10 == 3) {
				evaluation = evaluation.withOverride("1.1.1", BigDecimal.valueOf(random.nextInt(9), 1).toString(),
						"按复核意见调整");
			}
			List<Violation> violations = evaluation.assess().violations();
			if (!violations.isEmpty()) {
				throw new IllegalStateException("Varied evaluation " + i + " does not score: " + violations);
			}
			cases.add(evaluation);
		}
		return cases;
	}

	private static void vary(ObjectNode document, Random random) {
		int severity = 10 + random.nextInt(60);
		// One factor per input and document: an input two leaves share stays equal in
		// both.
		Map<String, BigDecimal> factors = new HashMap<>();
		JsonNode indicators = document.get("indicators");
		for (String code : indicators.propertyNames()) {
			ObjectNode inputs = (ObjectNode) indicators.get(code);
			if (inputs.has("band") && inputs.has("score") && inputs.get("score").isIntegralNumber()
					&& random.nextInt(100) < severity) {
				int score = inputs.get("score").asInt();
				inputs.put("score", score - random.nextInt(score / 5 + 1));
			}
			if (inputs.get("items") instanceof ArrayNode items) {
				for (int i = 0; i < items.size(); i++) {
					if (items.get(i).isNumber() && random.nextInt(100) < severity) {
						items.set(i, items.numberNode(BigDecimal.ZERO));
					}
				}
			}
			lower(inputs, "satisfactionPercent", factors, random, 0.7, false);
			lower(inputs, "projectsOnTime", factors, random, 0.7, true);
			lower(inputs, "petitionsRepliedOnTime", factors, random, 0.8, true);
			lower(inputs, "staffOnPayroll", factors, random, 0.85, true);
			lower(inputs, "actualAmount", factors, random, 0.6, false);
			BigDecimal quarters = BigDecimal.valueOf(0.85 + random.nextDouble() * 0.15);
			for (String quarter : List.of("q1", "q2", "q3", "q4")) {
				if (inputs.has(quarter)) {
					inputs.put(quarter,
							inputs.get(quarter).decimalValue().multiply(quarters).setScale(2, RoundingMode.HALF_UP));
				}
			}
			if (inputs.has("nonconformities") && random.nextInt(100) < 25) {
				inputs.put("nonconformities", 1 + random.nextInt(2));
			}
		}
	}

	private static void lower(ObjectNode inputs, String name, Map<String, BigDecimal> factors, Random random,
			double least, boolean whole) {
		if (inputs.has(name) && inputs.get(name).isNumber()) {
			BigDecimal factor = factors.computeIfAbsent(name,
					key -> BigDecimal.valueOf(least + random.nextDouble() * (1 - least)));
			BigDecimal value = inputs.get(name).decimalValue().multiply(factor);
			inputs.put(name, value.setScale(whole ? 0 : 2, whole ? RoundingMode.FLOOR : RoundingMode.HALF_UP));
		}
	}

}
