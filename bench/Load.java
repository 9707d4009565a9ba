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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver (JDK only): each row at 1, 8 and 32 clients (a fixed thread pool each, one
 * request after another per client) for a warm-up and a measured period; prints a
 * Markdown table with req/s, share of the ceiling (GET /login), p50/p95/p99, non-2xx, the
 * highest resident memory sampled during the row and the heap used after it. Then the
 * batch .xlsx of the year, started on /exports and timed until its file is downloaded.
 * <p>
 * The administrator's rows share one session; the live score and the leaf save run as
 * one 填报人 per client, each signed in to its own department (created through
 * /api/admin/users on the first run, the initial password changed on the first sign-in as
 * a person would).
 * <pre>
 * java bench/Load.java --base http://127.0.0.1:8096 --user admin --password … --ids ids.tsv
 *   [--seconds 10] [--warmup 3] [--clients 1,8,32] [--pid N] [--only regex] [--year 2025]
 * </pre>
 * ids.tsv: one line per evaluation, its id and its department's code, tab-separated.
 */
public class Load {

	static final String FILLER_PASSWORD = "Bench-Filler-Passw0rd-2026!";

	static final String FILLER_INITIAL = "Bench-Initial-Passw0rd-1!";

	static String base = "http://127.0.0.1:8096";

	static HttpClient http = client();

	/** The API clients' connections: no session, the credentials in each request. */
	static HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	static long pid = -1;

	/** One request (or interaction) of a client; returns the nanoseconds it measured, or -1 when it failed. */
	interface Action {

		long run(int client) throws Exception;

	}

	record Row(String name, Action action) {
	}

	/** A 填报人 signed in on its own client, with its department's evaluation and the editor's form. */
	static final class Filler {

		final HttpClient http = client();

		final long evaluation;

		Map<String, List<String>> form = Map.of();

		String comment = "";

		int saves;

		Filler(long evaluation) {
			this.evaluation = evaluation;
		}

	}

	public static void main(String[] args) throws Exception {
		String user = "admin", password = null, idsFile = null, only = ".*";
		int seconds = 10, warmup = 3, year = 2025;
		int[] clients = { 1, 8, 32 };
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
				case "--only" -> only = args[i + 1];
				case "--year" -> year = Integer.parseInt(args[i + 1]);
				default -> throw new IllegalArgumentException(args[i]);
			}
		}
		List<String[]> lines = Files.readAllLines(Path.of(idsFile)).stream().filter(s -> !s.isBlank()).map(s -> s.split("\t")).toList();
		long[] ids = lines.stream().mapToLong(l -> Long.parseLong(l[0])).toArray();
		login(http, user, password);
		String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		String bearer = "Bearer " + token();
		byte[] score = Files.readAllBytes(Path.of("src/test/resources/cases/luohu-2024.json"));
		int most = Arrays.stream(clients).max().orElse(1);
		Pattern selected = Pattern.compile(only);
		// The 填报人 are signed in only when a row of theirs runs.
		Filler[] fillers = selected.matcher("live score, own 填报人 leaf save, own 填报人").find()
				? fillers(lines.subList(0, Math.min(most, lines.size())), basic) : new Filler[0];
		String[] sorts = { "DEPARTMENT", "TOTAL", "GRADE", "LOST", "STATUS", "CHANGED" };
		String[] statuses = { "", "&status=DRAFT", "&status=SUBMITTED", "&status=APPROVED" };
		int y = year;
		List<Row> rows = List.of(new Row("GET /login (ceiling)", c -> send(http, get("/login", null))),
				new Row("GET /api/evaluations/{id}/sheet (session)", c -> send(http, get("/api/evaluations/" + any(ids) + "/sheet", null))),
				new Row("GET /api/evaluations/{id}/sheet (Basic)", c -> send(api, get("/api/evaluations/" + any(ids) + "/sheet", basic))),
				new Row("GET /api/evaluations/{id}/sheet (Bearer token)", c -> send(api, get("/api/evaluations/" + any(ids) + "/sheet", bearer))),
				new Row("POST /api/score (Basic)", c -> send(api, json("/api/score", basic, score))),
				new Row("POST /api/score (Bearer token)", c -> send(api, json("/api/score", bearer, score))),
				new Row("GET /evaluations/{id}/sheet (评分表 page)", c -> send(http, get("/evaluations/" + any(ids) + "/sheet", null))),
				new Row("GET /evaluations/{id} (editor page)", c -> send(http, get("/evaluations/" + any(ids), null))),
				new Row("POST /evaluations/{id}/preview (live score, own 填报人)", c -> preview(fillers[c])),
				new Row("POST /evaluations/{id} (leaf save, own 填报人)", c -> save(fillers[c])),
				new Row("GET / (home, administrator)", c -> send(http, get("/", null))),
				new Row("GET sheet.pdf", c -> send(http, get("/api/evaluations/" + any(ids) + "/sheet.pdf", null))),
				new Row("GET sheet.xlsx", c -> send(http, get("/api/evaluations/" + any(ids) + "/sheet.xlsx", null))),
				new Row("GET report.pdf", c -> send(http, get("/api/evaluations/" + any(ids) + "/report.pdf", null))),
				new Row("GET report.docx", c -> send(http, get("/api/evaluations/" + any(ids) + "/report.docx", null))),
				new Row("GET /overview (5,000, varied)", c -> {
					ThreadLocalRandom r = ThreadLocalRandom.current();
					return send(http, get("/overview?year=" + y + "&sort=" + sorts[r.nextInt(sorts.length)] + (r.nextBoolean() ? "&dir=desc" : "")
							+ statuses[r.nextInt(statuses.length)] + "&page=" + (1 + r.nextInt(20)), null));
				}));
		System.out.println("| request | clients | req/s | of ceiling | p50 ms | p95 ms | p99 ms | non-2xx | app CPU ms/req | RSS max MB | heap used MB |");
		System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
		double[] ceiling = new double[clients.length];
		long maxRss = 0;
		for (Row row : rows) {
			if (row != rows.get(0) && !selected.matcher(row.name()).find()) {
				continue;
			}
			for (int k = 0; k < clients.length; k++) {
				run(row, clients[k], warmup);
				double[] r = run(row, clients[k], seconds);
				if (row == rows.get(0)) {
					ceiling[k] = r[0];
				}
				maxRss = Math.max(maxRss, (long) r[5]);
				System.out.printf("| %s | %d | %.1f | %.0f%% | %.1f | %.1f | %.1f | %d | %.1f | %d | %d |%n", row.name(), clients[k], r[0],
						100 * r[0] / ceiling[k], r[1], r[2], r[3], (long) r[4], r[6], (long) r[5] / 1024, heapUsedKb() / 1024);
			}
		}
		if (selected.matcher("batch .xlsx").find()) {
			batch(y);
		}
		if (pid > 0) {
			System.out.printf("%nResident memory: highest VmRSS sampled during the rows %d MB; %s%n", maxRss / 1024, status(pid, "VmHWM"));
		}
	}

	static HttpClient client() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();
	}

	static long any(long[] ids) {
		return ids[ThreadLocalRandom.current().nextInt(ids.length)];
	}

	// ---- requests

	static HttpRequest get(String path, String authorization) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
		if (authorization != null) {
			b.header("Authorization", authorization);
		}
		return b.build();
	}

	static HttpRequest json(String path, String authorization, byte[] body) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
	}

	static HttpRequest form(String path, Map<String, List<String>> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, values) -> values.forEach(v -> body.append(body.isEmpty() ? "" : "&").append(enc(name)).append('=').append(enc(v))));
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
	}

	/** Sends and times one request; a 2xx is a success. */
	static long send(HttpClient client, HttpRequest request) throws Exception {
		long t = System.nanoTime();
		HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		long took = System.nanoTime() - t;
		return response.statusCode() / 100 == 2 ? took : -1;
	}

	/** The live score of the 填报人's form as the editor sends it on each change (htmx). */
	static long preview(Filler filler) throws Exception {
		HttpRequest request = form("/evaluations/" + filler.evaluation + "/preview", filler.form);
		return send(filler.http, HttpRequest.newBuilder(request, (name, value) -> true).header("HX-Request", "true").build());
	}

	/**
	 * One leaf saved: the first leaf's 说明 changed and the form posted; a success is the
	 * redirect back to the editor (a page answered instead means the save was refused, e.g.
	 * as stale). Only the POST is timed; the editor the redirect shows is read afterwards
	 * for the next save's version.
	 */
	static long save(Filler filler) throws Exception {
		Map<String, List<String>> fields = new LinkedHashMap<>(filler.form);
		fields.put(filler.comment, List.of("负载测试 " + ++filler.saves));
		long t = System.nanoTime();
		HttpResponse<String> response = filler.http.send(form("/evaluations/" + filler.evaluation, fields), HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - t;
		boolean saved = response.statusCode() == 302
				&& response.headers().firstValue("Location").orElse("").endsWith("/evaluations/" + filler.evaluation);
		readForm(filler);
		return saved ? took : -1;
	}

	// ---- sign-in, token, users

	static void login(HttpClient client, String user, String password) throws Exception {
		if (!tryLogin(client, user, password)) {
			throw new IllegalStateException("login refused: " + user);
		}
	}

	static boolean tryLogin(HttpClient client, String user, String password) throws Exception {
		String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf(client, "/login"));
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("error");
	}

	static String csrf(HttpClient client, String path) throws Exception {
		HttpResponse<String> response = client.send(get(path, null), HttpResponse.BodyHandlers.ofString());
		Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(response.body());
		if (!m.find()) {
			throw new IllegalStateException("no _csrf on " + path + " (HTTP " + response.statusCode() + " "
					+ response.headers().firstValue("Location").orElse("") + ")");
		}
		return m.group(1);
	}

	/** A personal API token of the administrator, made on the token page. */
	static String token() throws Exception {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("name", List.of("load " + System.currentTimeMillis()));
		fields.put("_csrf", List.of(csrf(http, "/account/tokens")));
		HttpResponse<String> r = http.send(form("/account/tokens", fields), HttpResponse.BodyHandlers.ofString());
		String page = r.statusCode() == 302 ? http.send(get(r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""), null),
				HttpResponse.BodyHandlers.ofString()).body() : r.body();
		Matcher m = Pattern.compile("id=\"new-token\"[^>]*>(pe_[^<]+)<").matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("no token on the token page");
		}
		return m.group(1);
	}

	/** One 填报人 per line (its department's evaluation), created if missing, signed in, its form read. */
	static Filler[] fillers(List<String[]> lines, String admin) throws Exception {
		Filler[] fillers = new Filler[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			String code = lines.get(i)[1];
			String name = "bench" + code.toLowerCase().replaceAll("[^a-z0-9]", "");
			String body = "{\"username\":\"" + name + "\",\"password\":\"" + FILLER_INITIAL + "\",\"displayName\":\"负载测试 " + code
					+ "\",\"role\":\"FILLER\",\"departmentCodes\":[\"" + code + "\"]}";
			int created = api.send(json("/api/admin/users", admin, body.getBytes(StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.discarding()).statusCode();
			Filler filler = new Filler(Long.parseLong(lines.get(i)[0]));
			if (created / 100 == 2) {
				login(filler.http, name, FILLER_INITIAL);
				Map<String, List<String>> change = new LinkedHashMap<>();
				change.put("currentPassword", List.of(FILLER_INITIAL));
				change.put("newPassword", List.of(FILLER_PASSWORD));
				change.put("confirmation", List.of(FILLER_PASSWORD));
				change.put("_csrf", List.of(csrf(filler.http, "/account/password")));
				int changed = filler.http.send(form("/account/password", change), HttpResponse.BodyHandlers.discarding()).statusCode();
				if (changed != 302) {
					throw new IllegalStateException("password change refused for " + name + ": " + changed);
				}
			}
			else {
				login(filler.http, name, FILLER_PASSWORD);
			}
			readForm(filler);
			fillers[i] = filler;
		}
		return fillers;
	}

	// ---- the editor's form, read as a browser would send it

	static final Pattern EDITOR_FORM = Pattern.compile("<form\\b[^>]*hx-post=\"[^\"]*/preview\"[^>]*>(.*?)</form>", Pattern.DOTALL);

	static final Pattern FIELD = Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.DOTALL);

	static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)(?:=\"([^\"]*)\")?");

	static void readForm(Filler filler) throws Exception {
		String page = filler.http.send(get("/evaluations/" + filler.evaluation, null), HttpResponse.BodyHandlers.ofString()).body();
		Matcher editor = EDITOR_FORM.matcher(page);
		if (!editor.find()) {
			throw new IllegalStateException("no editable form on /evaluations/" + filler.evaluation);
		}
		String html = editor.group(1);
		Map<String, List<String>> fields = new LinkedHashMap<>();
		Matcher field = FIELD.matcher(html);
		while (field.find()) {
			Map<String, String> a = attributes(field.group(2));
			String name = a.get("name");
			if (name == null || a.containsKey("disabled")) {
				continue;
			}
			String value;
			switch (field.group(1)) {
				case "textarea" -> value = unescape(html.substring(field.end(), html.indexOf("</textarea>", field.end())));
				case "select" -> {
					String options = html.substring(field.end(), html.indexOf("</select>", field.end()));
					Matcher option = Pattern.compile("<option\\b([^>]*)>").matcher(options);
					String first = null, chosen = null;
					while (option.find()) {
						Map<String, String> o = attributes(option.group(1));
						String v = o.getOrDefault("value", "");
						first = first == null ? v : first;
						chosen = o.containsKey("selected") ? v : chosen;
					}
					value = chosen != null ? chosen : first == null ? "" : first;
				}
				default -> {
					String type = a.getOrDefault("type", "text");
					if (type.equals("file") || type.equals("submit") || type.equals("button")
							|| ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked"))) {
						continue;
					}
					value = a.getOrDefault("value", type.equals("checkbox") ? "on" : "");
				}
			}
			fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
		}
		filler.form = fields;
		filler.comment = fields.keySet().stream().filter(n -> n.startsWith("cm:")).findFirst().orElseThrow(() -> new IllegalStateException("no leaf 说明 field"));
	}

	static Map<String, String> attributes(String tag) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher m = ATTRIBUTE.matcher(tag);
		while (m.find()) {
			attributes.put(m.group(1), m.group(2) == null ? "" : unescape(m.group(2)));
		}
		return attributes;
	}

	static String unescape(String s) {
		Matcher m = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);").matcher(s);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String e = m.group(1);
			String c = switch (e) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				default -> Character.toString(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1)));
			};
			m.appendReplacement(out, Matcher.quoteReplacement(c));
		}
		m.appendTail(out);
		return out.toString();
	}

	// ---- the batch .xlsx

	/** Starts the results .xlsx of the year on /exports, waits for the job and downloads the file; prints the time. */
	static void batch(int year) throws Exception {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("kind", List.of("RESULTS_XLSX"));
		fields.put("year", List.of(String.valueOf(year)));
		fields.put("_csrf", List.of(csrf(http, "/exports")));
		long t = System.nanoTime();
		HttpResponse<String> started = http.send(form("/exports", fields), HttpResponse.BodyHandlers.ofString());
		if (started.statusCode() != 302) {
			throw new IllegalStateException("export not started: " + started.statusCode());
		}
		Pattern job = Pattern.compile("id=\"job-(\\d+)\"\\s+class=\"job-(\\w+)\"");
		long id = -1;
		String state = "";
		while (System.nanoTime() - t < 120_000_000_000L) {
			Matcher m = job.matcher(http.send(get("/exports/jobs", null), HttpResponse.BodyHandlers.ofString()).body());
			if (m.find()) {
				id = Long.parseLong(m.group(1));
				state = m.group(2);
				if (!state.equals("queued") && !state.equals("running")) {
					break;
				}
			}
			Thread.sleep(100);
		}
		long done = System.nanoTime() - t;
		HttpResponse<byte[]> file = http.send(get("/exports/" + id + "/download", null), HttpResponse.BodyHandlers.ofByteArray());
		long downloaded = System.nanoTime() - t;
		System.out.printf("%nBatch .xlsx of %d (job %d, %s): done after %.1f s, downloaded (%d KB, HTTP %d) after %.1f s%n", year, id, state,
				done / 1e9, file.body().length / 1024, file.statusCode(), downloaded / 1e9);
	}

	// ---- running a row and sampling memory

	/**
	 * req/s, p50, p95, p99 (ms), errors, highest VmRSS (KB) sampled every 100 ms, the
	 * application's CPU time (user and system, all its threads) per request in ms.
	 */
	static double[] run(Row row, int clients, int seconds) throws Exception {
		long cpuBefore = cpuMillis(pid);
		ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicLong errors = new AtomicLong();
		AtomicLong rss = new AtomicLong();
		AtomicBoolean running = new AtomicBoolean(true);
		pool.submit(() -> {
			while (running.get()) {
				rss.accumulateAndGet(rss(pid), Math::max);
				Thread.sleep(100);
			}
			return null;
		});
		List<Future<long[]>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			futures.add(pool.submit(() -> {
				long[] own = new long[1 << 12];
				int n = 0;
				while (System.nanoTime() < end) {
					long t = System.nanoTime(), took;
					try {
						took = row.action().run(client);
					}
					catch (Exception ex) {
						took = -1;
					}
					if (took < 0) {
						errors.incrementAndGet();
						took = System.nanoTime() - t;
					}
					if (n == own.length) {
						own = Arrays.copyOf(own, n * 2);
					}
					own[n++] = took;
				}
				return Arrays.copyOf(own, n);
			}));
		}
		List<long[]> latencies = new ArrayList<>();
		for (Future<long[]> f : futures) {
			latencies.add(f.get());
		}
		running.set(false);
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		if (all.length == 0) {
			return new double[] { 0, 0, 0, 0, errors.get(), rss.get(), 0 };
		}
		double cpuPerRequest = pid > 0 ? (cpuMillis(pid) - cpuBefore) / (double) all.length : 0;
		return new double[] { all.length / (double) seconds, pct(all, 50), pct(all, 95), pct(all, 99), errors.get(), rss.get(),
				cpuPerRequest };
	}

	/** The process's CPU time so far (utime + stime of /proc/pid/stat, clock ticks of 10 ms). */
	static long cpuMillis(long pid) {
		if (pid <= 0) {
			return 0;
		}
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// After the command: state is field 3, utime 14 and stime 15 of the whole line.
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
		}
		catch (Exception ex) {
			return 0;
		}
	}

	static double pct(long[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
	}

	static long rss(long pid) {
		String line = pid > 0 ? status(pid, "VmRSS") : "";
		return line.isEmpty() ? 0 : Long.parseLong(line.replaceAll("\\D", ""));
	}

	static String status(long pid, String key) {
		try {
			return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith(key)).findFirst().orElse("")
				.replaceAll("\\s+", " ");
		}
		catch (Exception ex) {
			return "";
		}
	}

	/** The heap in use after a row, as jcmd reports it (0 without --pid). */
	static long heapUsedKb() {
		if (pid <= 0) {
			return 0;
		}
		try {
			Process p = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			p.waitFor();
			Matcher m = Pattern.compile("used (\\d+)K").matcher(out);
			return m.find() ? Long.parseLong(m.group(1)) : 0;
		}
		catch (Exception ex) {
			return 0;
		}
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
