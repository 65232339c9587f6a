package org.steppingstone;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Fetches a page as a browser would and parses it, for assertions on what a reader sees.
 */
public final class Pages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Pages() {
	}

	public static Document fetch(MockMvc mvc, String url, int expectedStatus) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(url)).accept(MediaType.TEXT_HTML)).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		if (result.getResponse().getStatus() != expectedStatus) {
			throw new AssertionError("GET " + url + " answered " + result.getResponse().getStatus() + ", expected "
					+ expectedStatus + ":\n" + body);
		}
		return Jsoup.parse(body, "http://localhost" + url);
	}

	public static Document fetch(MockMvc mvc, String url) throws Exception {
		return fetch(mvc, url, 200);
	}

	/** The body of any answer (a CSV, a JSON document), whatever its status. */
	public static String body(MockMvc mvc, String url) throws Exception {
		return mvc.perform(get(URI.create(url)).accept(MediaType.ALL))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * The body of a CSV export, which must answer 200 as text/csv: an error page's body
	 * would otherwise pass any check that a line is absent.
	 */
	public static String csv(MockMvc mvc, String url) throws Exception {
		MvcResult result = mvc.perform(get(URI.create(url)).accept(MediaType.ALL)).andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		if (result.getResponse().getStatus() != 200
				|| !String.valueOf(result.getResponse().getContentType()).startsWith("text/csv")) {
			throw new AssertionError("GET " + url + " answered " + result.getResponse().getStatus() + " "
					+ result.getResponse().getContentType() + ", expected 200 text/csv:\n" + body);
		}
		return body;
	}

	public static JsonNode json(MockMvc mvc, String url) throws Exception {
		return JSON.readTree(body(mvc, url));
	}

}
