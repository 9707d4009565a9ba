package io.github.perfeval.evaluation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import java.util.List;
import java.util.Map;

import io.github.perfeval.evaluation.FieldError;
import io.github.perfeval.evaluation.InputLimits;
import io.github.perfeval.evaluation.SheetMessages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The JSON API reads at most {@code perfeval.limits.request-body} of a request: a larger
 * declared length is refused before anything is read, and a body without a length stops
 * being read at the limit. Either way the answer is 413 with the error shape of the API.
 * File uploads ({@code multipart/form-data}) are bounded by the multipart limits instead.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

	private final InputLimits limits;

	private final SheetMessages messages;

	private final JsonMapper json;

	RequestBodyLimit(InputLimits limits, SheetMessages messages, JsonMapper json) {
		this.limits = limits;
		this.messages = messages;
		this.json = json;
	}

	/** Reading went past the limit. */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("Request body over the limit");
		}

	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// A file upload (佐证材料) is bounded by the multipart limits and its own check.
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| MediaType.MULTIPART_FORM_DATA.isCompatibleWith(contentType(request));
	}

	private static MediaType contentType(HttpServletRequest request) {
		try {
			return request.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM
					: MediaType.parseMediaType(request.getContentType());
		}
		catch (org.springframework.http.InvalidMediaTypeException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limits.requestBody().toBytes();
		if (request.getContentLengthLong() > limit) {
			refuse(response);
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	/** 413 with the API's error shape. */
	void refuse(HttpServletResponse response) throws IOException {
		String message = messages.text("api.tooLarge", limits.requestBody().toKilobytes() / 1024);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		json.writeValue(response.getWriter(), Map.of("errors", List.of(new FieldError(null, null, message))));
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new Counting(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long limit;

		private long read;

		Counting(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			read += n;
			if (read > limit) {
				throw new TooLarge();
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

	/** Whether reading the body failed because it was over the limit. */
	static boolean causedBy(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TooLarge) {
				return true;
			}
		}
		return false;
	}

}
