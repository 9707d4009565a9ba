import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver (JDK only): each row at 1, 8 and 32 clients (a fixed thread pool each, one
 * request after another per client) for a warm-up and a measured period; prints a
 * Markdown table with req/s, share of the ceiling (GET /login), p50/p95/p99 and non-2xx.
 * java bench/Load.java --base http://127.0.0.1:8096 --user admin --password … --ids ids.txt
 * [--seconds 10] [--warmup 3] [--clients 1,8,32] [--pid N]
 */
public class Load {

	static String base = "http://127.0.0.1:8096";

	static HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	record Row(String name, IntFunction<HttpRequest> request) {
	}

	public static void main(String[] args) throws Exception {
		String user = "admin", password = null, idsFile = null;
		int seconds = 10, warmup = 3;
		int[] clients = { 1, 8, 32 };
		long pid = -1;
		for (int i = 0; i < args.length; i += 2) {
			switch (args[i]) {
				case "--base" -> base = args[i + 1];
				case "--user" -> user = args[i + 1];
				case "--password" -> password = args[i + 1];
				case "--ids" -> idsFile = args[i + 1];
				case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
				case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
				case "--clients" -> clients = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
				case "--pid" -> pid = Long.parseLong(args[i + 1]);
				default -> throw new IllegalArgumentException(args[i]);
			}
		}
		long[] ids = Files.readAllLines(Path.of(idsFile)).stream().filter(s -> !s.isBlank()).mapToLong(Long::parseLong).toArray();
		login(user, password);
		String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		byte[] score = Files.readAllBytes(Path.of("src/test/resources/cases/luohu-2024.json"));
		IntFunction<Long> id = c -> ids[ThreadLocalRandom.current().nextInt(ids.length)];
		String[] sorts = { "DEPARTMENT", "TOTAL", "GRADE", "LOST", "STATUS", "CHANGED" };
		String[] statuses = { "", "&status=DRAFT", "&status=SUBMITTED", "&status=APPROVED" };
		List<Row> rows = List.of(new Row("GET /login (ceiling)", c -> get("/login", null)),
				new Row("GET /api/evaluations/{id}/sheet (session)", c -> get("/api/evaluations/" + id.apply(c) + "/sheet", null)),
				new Row("GET /api/evaluations/{id}/sheet (Basic)", c -> get("/api/evaluations/" + id.apply(c) + "/sheet", basic)),
				new Row("POST /api/score (Basic)", c -> HttpRequest.newBuilder(URI.create(base + "/api/score"))
					.header("Authorization", basic).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofByteArray(score)).build()),
				new Row("GET /evaluations/{id}/sheet (评分表 page)", c -> get("/evaluations/" + id.apply(c) + "/sheet", null)),
				new Row("GET /evaluations/{id} (editor page)", c -> get("/evaluations/" + id.apply(c), null)),
				new Row("GET / (home)", c -> get("/", null)),
				new Row("GET sheet.pdf", c -> get("/api/evaluations/" + id.apply(c) + "/sheet.pdf", null)),
				new Row("GET sheet.xlsx", c -> get("/api/evaluations/" + id.apply(c) + "/sheet.xlsx", null)),
				new Row("GET report.pdf", c -> get("/api/evaluations/" + id.apply(c) + "/report.pdf", null)),
				new Row("GET report.docx", c -> get("/api/evaluations/" + id.apply(c) + "/report.docx", null)),
				new Row("GET /overview (5,000, varied)", c -> {
					ThreadLocalRandom r = ThreadLocalRandom.current();
					return get("/overview?year=2025&sort=" + sorts[r.nextInt(sorts.length)] + (r.nextBoolean() ? "&dir=desc" : "")
							+ statuses[r.nextInt(statuses.length)] + "&page=" + (1 + r.nextInt(20)), null);
				}));
		System.out.println("| request | clients | req/s | of ceiling | p50 ms | p95 ms | p99 ms | errors (non-2xx) |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
		double[] ceiling = new double[clients.length];
		long maxRss = 0;
		for (Row row : rows) {
			for (int k = 0; k < clients.length; k++) {
				run(row, clients[k], warmup);
				double[] r = run(row, clients[k], seconds);
				if (row == rows.get(0)) {
					ceiling[k] = r[0];
				}
				maxRss = Math.max(maxRss, rss(pid));
				System.out.printf("| %s | %d | %.1f | %.0f%% | %.1f | %.1f | %.1f | %d |%n", row.name(), clients[k], r[0],
						100 * r[0] / ceiling[k], r[1], r[2], r[3], (long) r[4]);
			}
		}
		if (pid > 0) {
			System.out.printf("%nResident memory: highest VmRSS sampled after each row %d MB; %s%n", maxRss / 1024,
					status(pid, "VmHWM"));
		}
	}

	static long rss(long pid) {
		String line = status(pid, "VmRSS");
		return line.isEmpty() ? 0 : Long.parseLong(line.replaceAll("\\D", ""));
	}

	static String status(long pid, String key) {
		try {
			return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith(key)).findFirst().orElse("").replaceAll("\\s+", " ");
		}
		catch (Exception ex) {
			return "";
		}
	}

	static HttpRequest get(String path, String authorization) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		if (authorization != null) {
			b.header("Authorization", authorization);
		}
		return b.build();
	}

	/** req/s, p50, p95, p99 (ms), errors. */
	static double[] run(Row row, int clients, int seconds) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<long[]> latencies = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		List<java.util.concurrent.Future<long[]>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			futures.add(pool.submit(() -> {
				long[] own = new long[1 << 16];
				int n = 0;
				while (System.nanoTime() < end) {
					long t = System.nanoTime();
					try {
						HttpResponse<byte[]> response = http.send(row.request().apply(client), HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() / 100 != 2) {
							errors.incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
					if (n == own.length) {
						own = Arrays.copyOf(own, n * 2);
					}
					own[n++] = System.nanoTime() - t;
				}
				return Arrays.copyOf(own, n);
			}));
		}
		for (var f : futures) {
			latencies.add(f.get());
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		if (all.length == 0) {
			return new double[] { 0, 0, 0, 0, errors.get() };
		}
		return new double[] { all.length / (double) seconds, pct(all, 50), pct(all, 95), pct(all, 99), errors.get() };
	}

	static double pct(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}

	static void login(String user, String password) throws Exception {
		String page = http.send(get("/login", null), HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no _csrf on /login");
		}
		String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login refused: " + r.statusCode());
		}
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
