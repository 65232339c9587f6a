package org.steppingstone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for requests that {@code java.net.URI} and ordinary
 * clients refuse to send: malformed escapes, raw CR/LF, conflicting framing headers,
 * requests that never finish. Requests are written exactly as given (UTF-8); responses
 * are parsed by their framing (Content-Length, chunked, or the end of the connection).
 */
public final class RawHttp {

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/** A GET with the given extra header lines, closing the connection after it. */
	public static String get(String target, String... headerLines) {
		return request("GET", target, "", headerLines);
	}

	/**
	 * A request with a Host header, the given extra header lines and body, closing the
	 * connection after it. The body gets no Content-Length unless a header line gives
	 * one.
	 */
	public static String request(String method, String target, String body, String... headerLines) {
		StringBuilder request = new StringBuilder(method).append(' ')
			.append(target)
			.append(" HTTP/1.1\r\nHost: localhost\r\n");
		for (String line : headerLines) {
			request.append(line).append("\r\n");
		}
		return request.append("Connection: close\r\n\r\n").append(body).toString();
	}

	/**
	 * Sends the request on a new connection and returns every response the server sends
	 * before it closes the connection (one, unless the request was pipelined).
	 */
	public List<Response> exchange(String request) {
		try (Connection connection = open()) {
			connection.write(request);
			boolean head = request.startsWith("HEAD ");
			List<Response> responses = new ArrayList<>();
			Response response;
			while ((response = connection.read(head)) != null) {
				responses.add(response);
			}
			return responses;
		}
	}

	/** The one response to a request; fails if the server sent none or more than one. */
	public Response send(String request) {
		List<Response> responses = exchange(request);
		if (responses.size() != 1) {
			throw new AssertionError(responses.size() + " responses to one request: " + responses);
		}
		return responses.get(0);
	}

	public Connection open() {
		try {
			Socket socket = new Socket("localhost", this.port);
			socket.setSoTimeout((int) READ_TIMEOUT.toMillis());
			return new Connection(socket);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One connection, kept open across requests until either side closes it. */
	public static final class Connection implements AutoCloseable {

		private final Socket socket;

		private final InputStream in;

		private final OutputStream out;

		Connection(Socket socket) throws IOException {
			this.socket = socket;
			this.in = socket.getInputStream();
			this.out = socket.getOutputStream();
		}

		public void write(String data) {
			try {
				this.out.write(data.getBytes(StandardCharsets.UTF_8));
				this.out.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** The next response, or null when the server has closed the connection. */
		public Response read(boolean headRequest) {
			try {
				String statusLine = line();
				if (statusLine == null) {
					return null;
				}
				if (!statusLine.startsWith("HTTP/")) {
					// An HTTP/0.9 answer (to a request line without a version): no status
					// line, no headers, the body up to the end of the connection.
					byte[] rest = this.in.readAllBytes();
					return new Response(0, "", statusLine + "\n" + new String(rest, StandardCharsets.UTF_8));
				}
				StringBuilder head = new StringBuilder(statusLine);
				String line;
				while ((line = line()) != null && !line.isEmpty()) {
					head.append("\r\n").append(line);
				}
				Response response = new Response(Integer.parseInt(statusLine.substring(9, 12)), head.toString(), "");
				String length = response.header("Content-Length");
				byte[] body;
				if (headRequest || response.status() == 204 || response.status() == 304) {
					body = new byte[0];
				}
				else if ("chunked".equalsIgnoreCase(response.header("Transfer-Encoding"))) {
					body = chunked();
				}
				else if (length != null) {
					body = this.in.readNBytes(Integer.parseInt(length));
				}
				else {
					body = this.in.readAllBytes();
				}
				return new Response(response.status(), response.head(), new String(body, StandardCharsets.UTF_8));
			}
			catch (IOException ex) {
				if ("Connection reset".equals(ex.getMessage())) {
					return null;
				}
				throw new UncheckedIOException(ex);
			}
		}

		public Response read() {
			return read(false);
		}

		/**
		 * Waits up to {@code limit} for the server to close the connection, reading and
		 * dropping anything it sends; returns how long that took, or null if it stayed
		 * open.
		 */
		public Duration awaitClose(Duration limit) {
			long start = System.nanoTime();
			try {
				this.socket.setSoTimeout((int) limit.toMillis());
				while (this.in.read() != -1) {
					// drop whatever the server still sends
				}
				return Duration.ofNanos(System.nanoTime() - start);
			}
			catch (SocketTimeoutException ex) {
				return null;
			}
			catch (IOException ex) {
				// A reset is a close too.
				return Duration.ofNanos(System.nanoTime() - start);
			}
		}

		private byte[] chunked() throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			String size;
			while ((size = line()) != null) {
				int length = Integer.parseInt(size.split(";", 2)[0].strip(), 16);
				if (length == 0) {
					String trailer;
					while ((trailer = line()) != null && !trailer.isEmpty()) {
						// trailers are not used
					}
					break;
				}
				body.write(this.in.readNBytes(length));
				line();
			}
			return body.toByteArray();
		}

		/** A line without its CRLF, or null at the end of the stream. */
		private String line() throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			int b;
			while ((b = this.in.read()) != -1 && b != '\n') {
				if (b != '\r') {
					line.write(b);
				}
			}
			return (b == -1 && line.size() == 0) ? null : line.toString(StandardCharsets.ISO_8859_1);
		}

		@Override
		public void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/**
	 * A response: its status, its status line and headers (CRLF between lines), its body.
	 */
	public record Response(int status, String head, String body) {

		/** The value of the first header with this name, or null. */
		public String header(String name) {
			String prefix = name.toLowerCase(Locale.ROOT) + ":";
			return this.head.lines()
				.skip(1)
				.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
				.map((line) -> line.substring(prefix.length()).strip())
				.findFirst()
				.orElse(null);
		}

		/** The names of every header, lower-cased, in order. */
		public List<String> headerNames() {
			return this.head.lines()
				.skip(1)
				.map((line) -> line.substring(0, Math.max(0, line.indexOf(':'))).toLowerCase(Locale.ROOT))
				.toList();
		}

		@Override
		public String toString() {
			return this.head + "\r\n\r\n"
					+ ((this.body.length() > 500) ? this.body.substring(0, 500) + "…" : this.body);
		}

	}

}
