package org.steppingstone.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves every page as the bytes it was rendered to the first time, until the next
 * release. The catalog changes only when a migration runs, at start-up, so a page is the
 * same for every visitor of one process: the first GET renders it, later ones are
 * answered from memory, already compressed, and a conditional request whose validator
 * matches the {@link DataVersion} is answered 304 without rendering anything. Only
 * complete 200 answers without cookies or {@code no-store} are kept; errors are rendered
 * each time. The cache is bounded by size, so hostile query strings can only evict, never
 * exhaust memory. {@code steppingstone.page-cache.enabled=false} turns it off (for the
 * tests that count database statements per render).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@ConditionalOnBooleanProperty(name = "steppingstone.page-cache.enabled", matchIfMissing = true)
class PageCache extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "public, max-age=300";

	/**
	 * An eighth of the heap, at most 64 MB: 16 MB with the recommended -Xmx128m, room for
	 * thousands of pages.
	 */
	private static final long MAX_BYTES = Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);

	private static final int MIN_COMPRESSED_SIZE = 256;

	/**
	 * Headers this filter writes itself, or that describe one transfer rather than the
	 * page.
	 */
	private static final Set<String> OWN_HEADERS = Set.of("content-type", "content-length", "content-encoding",
			"transfer-encoding", "date", "etag", "last-modified", "vary", "cache-control");

	private final Cache<String, Page> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((String key, Page page) -> key.length() * 2 + page.weight())
		.build();

	private final DataVersion version;

	private final SitePaths paths;

	PageCache(DataVersion version, SitePaths paths) {
		this.version = version;
		this.paths = paths;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String path = request.getRequestURI();
		// Fingerprinted assets have their own year-long caching; operations and API docs
		// are not pages.
		return path.startsWith("/assets/") || path.startsWith("/actuator") || this.paths.isNotPage(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		Page page = this.pages.getIfPresent(key);
		if (page == null) {
			if (!"GET".equals(request.getMethod())) {
				// A HEAD is rendered without a body, so it can be answered but not kept.
				chain.doFilter(request, response);
				return;
			}
			page = render(request, response, chain);
			if (page == null) {
				return;
			}
			this.pages.put(key, page);
		}
		else {
			page.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		}
		send(page, request, response);
	}

	/** Renders the page; answers and returns null when the answer is not one to keep. */
	private Page render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Set<String> before = lowerCase(response.getHeaderNames());
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		String cacheControl = wrapper.getHeader(HttpHeaders.CACHE_CONTROL);
		boolean keep = wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentType() != null
				&& !request.isAsyncStarted() && !wrapper.containsHeader(HttpHeaders.SET_COOKIE)
				&& (cacheControl == null || !(cacheControl.contains("no-store") || cacheControl.contains("private")));
		if (!keep) {
			wrapper.copyBodyToResponse();
			return null;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : wrapper.getHeaderNames()) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!before.contains(lower) && !OWN_HEADERS.contains(lower)) {
				headers.put(name, List.copyOf(wrapper.getHeaders(name)));
			}
		}
		byte[] body = wrapper.getContentAsByteArray();
		String contentType = wrapper.getContentType();
		byte[] gzipped = (body.length >= MIN_COMPRESSED_SIZE && compressible(contentType)) ? gzip(body) : null;
		return new Page(contentType, headers, (cacheControl != null) ? cacheControl : CACHE_CONTROL, body, gzipped);
	}

	private void send(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType(page.contentType());
		response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
		response.setHeader(HttpHeaders.ETAG, this.version.entityTag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, this.version.lastModified().toEpochMilli());
		if (page.gzipped() != null) {
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		if (notModified(request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] bytes = page.body();
		if (page.gzipped() != null && AcceptEncoding.acceptsGzip(request)) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			bytes = page.gzipped();
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentLength(bytes.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(bytes);
		}
	}

	private boolean notModified(HttpServletRequest request) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			String ours = opaque(this.version.entityTag());
			for (String tag : StringUtils.commaDelimitedListToStringArray(ifNoneMatch)) {
				String candidate = tag.trim();
				if ("*".equals(candidate) || opaque(candidate).equals(ours)) {
					return true;
				}
			}
			return false;
		}
		try {
			long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			return since != -1 && this.version.lastModified().toEpochMilli() <= since;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** Weak comparison (RFC 9110, 8.8.3.2): the tags match whatever their W/ prefix. */
	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	/**
	 * The page's whole address as the application sees it, scheme and host included
	 * (links are absolute).
	 */
	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		StringBuffer url = request.getRequestURL();
		return (query != null) ? url.append('?').append(query).toString() : url.toString();
	}

	private static boolean compressible(String contentType) {
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/") || type.startsWith("application/json")
				|| type.startsWith("application/problem+json") || type.startsWith("application/ld+json")
				|| type.startsWith("application/xml") || type.startsWith("image/svg+xml");
	}

	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		return out.toByteArray();
	}

	private static Set<String> lowerCase(Collection<String> names) {
		Set<String> lower = new HashSet<>();
		for (String name : new ArrayList<>(names)) {
			lower.add(name.toLowerCase(Locale.ROOT));
		}
		return lower;
	}

	private record Page(String contentType, Map<String, List<String>> headers, String cacheControl, byte[] body,
			byte[] gzipped) {

		int weight() {
			int headerSize = this.headers.toString().length() * 2;
			return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0) + headerSize + 128;
		}

	}

}
