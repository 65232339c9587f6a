package org.steppingstone.api;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.steppingstone.CatalogJson;
import org.steppingstone.Pages;
import org.steppingstone.system.Formats;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * For every program, degree and pathway in the data, the page and its API resource show
 * the same figures and cite the same sources: both are read by one service, and this
 * keeps it so.
 */
@SpringBootTest(properties = "steppingstone.page-cache.enabled=false")
@AutoConfigureMockMvc
class PageApiParityTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Every source by its address: pages cite a source by linking to it. */
	private static final Map<String, String> SOURCE_BY_URL = new HashMap<>();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Formats formats;

	@Autowired
	private MessageSource messages;

	@BeforeAll
	static void readSources() {
		CatalogJson.array("sources").forEach((s) -> SOURCE_BY_URL.put(s.get("url").asString(), s.get("id").asString()));
	}

	static Stream<Arguments> credentials() {
		return Stream.concat(ids("programs").map((id) -> Arguments.of("programs", id)),
				ids("degrees").map((id) -> Arguments.of("degrees", id)));
	}

	static Stream<String> pathways() {
		return ids("pathways");
	}

	@ParameterizedTest(name = "{0}/{1}")
	@MethodSource("credentials")
	void shouldShowAProgramOrDegreeAsTheApiDescribesIt(String kind, String id) throws Exception {
		Document page = Pages.fetch(this.mvc, "/" + kind + "/" + id);
		JsonNode api = api("/api/v1/" + kind + "/" + id);
		assertThat(page.selectFirst("h1").text()).isEqualTo(api.get("title").asString());
		if (kind.equals("programs")) {
			assertProgramFigures(page, api);
		}
		else {
			assertDegreeFigures(page, api);
		}
		assertThat(linkedIds(page, "/pathways/")).as("pathways of %s", id).isEqualTo(ids(api.get("pathways")));
		for (JsonNode pathway : api.get("pathways")) {
			assertShare(row(page, "/pathways/" + pathway.get("id").asString()), pathway.get("credit"));
		}
		assertThat(citedOn(page)).as("sources of %s", id).isNotEmpty().isEqualTo(cited(api));
	}

	@ParameterizedTest
	@MethodSource("pathways")
	void shouldShowAPathwayAsTheApiDescribesIt(String id) throws Exception {
		Document page = Pages.fetch(this.mvc, "/pathways/" + id);
		JsonNode api = api("/api/v1/pathways/" + id);
		assertShare(fact(page, "pathway.credit"), api.get("credit"));
		JsonNode program = api.get("program");
		JsonNode degree = api.get("degree");
		assertThat(input(page, "price")).isEqualTo(plain(amount(program.get("price"))));
		assertThat(input(page, "share")).isEqualTo(plain(number(api.get("credit").get("sharePercent"))));
		if (degree.isNull()) {
			assertThat(input(page, "tuition")).isEmpty();
		}
		else {
			// The calculator counts in US dollars: a tuition in another currency is
			// shown, not filled in.
			boolean usd = !degree.get("tuition").isNull()
					&& "USD".equals(degree.get("tuition").get("currency").asString());
			assertThat(input(page, "tuition")).isEqualTo(usd ? plain(amount(degree.get("tuition"))) : "");
			assertDegreeFigures(page, degree);
		}
		assertThat(citedOn(page)).as("sources of %s", id).isNotEmpty().isEqualTo(cited(api));
	}

	private void assertProgramFigures(Document page, JsonNode program) {
		assertMoney(fact(page, "program.price"), program.get("price"));
		assertRange(fact(page, "program.length"), program.get("lengthMonths"));
		assertRange(fact(page, "program.effort"), program.get("effortHoursPerWeek"));
		assertThat(page.select("[id^=course-]").eachAttr("id")).as("courses of %s", program.get("id").asString())
			.containsExactlyElementsOf(
					stream(program.get("courses")).map((c) -> "course-" + c.get("id").asString()).toList());
	}

	private void assertDegreeFigures(Document page, JsonNode degree) {
		assertMoney(fact(page, "degree.tuition"), degree.get("tuition"));
		assertCredits(fact(page, "degree.credits"), degree.get("credits"));
		assertRange(fact(page, "degree.length"), degree.get("lengthMonths"));
	}

	private JsonNode api(String path) throws Exception {
		return JSON
			.readTree(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** The value beside a label in the page's facts. */
	private Element fact(Document page, String labelKey) {
		String label = this.messages.getMessage(labelKey, null, java.util.Locale.ENGLISH);
		Element dt = page.select("dl.facts dt").stream().filter((e) -> e.text().equals(label)).findFirst().orElse(null);
		assertThat(dt).as("%s on %s", label, page.location()).isNotNull();
		return dt.nextElementSibling();
	}

	/** The table row or card that links to a page. */
	private static Element row(Document page, String href) {
		Element link = page.selectFirst("tr a[href=" + href + "], article a[href=" + href + "]");
		assertThat(link).as("row for %s on %s", href, page.location()).isNotNull();
		return link.closest("tr, article");
	}

	private static String input(Document page, String name) {
		return page.select("input[name=" + name + "]").attr("value");
	}

	private void assertMoney(Element shown, JsonNode money) {
		BigDecimal amount = amount(money);
		if (amount != null) {
			assertThat(shown.text())
				.contains(this.formats.money(amount, java.util.Currency.getInstance(money.get("currency").asString())));
		}
		else if (money.isNull()) {
			assertThat(shown.text()).startsWith(missing());
		}
	}

	private void assertRange(Element shown, JsonNode range) {
		if (range.isNull()) {
			assertThat(shown.text()).startsWith(missing());
		}
		else {
			assertThat(shown.text()).contains(this.formats.range(range.get("min").asInt(), range.get("max").asInt()));
		}
	}

	private void assertCredits(Element shown, JsonNode credits) {
		if (credits.isNull()) {
			assertThat(shown.text()).startsWith(missing());
		}
		else {
			assertThat(shown.text()).contains(this.formats.number(number(credits.get("value"))));
		}
	}

	private void assertShare(Element shown, JsonNode credit) {
		BigDecimal share = number(credit.get("sharePercent"));
		if (share != null) {
			assertThat(shown.text()).contains(this.formats.percent(share));
		}
		BigDecimal value = number(credit.get("value"));
		if (value != null) {
			assertThat(shown.text()).contains(this.formats.number(value));
		}
	}

	private String missing() {
		return this.messages.getMessage("fact.missing", null, java.util.Locale.ENGLISH);
	}

	/** The sources a page links to, by id. */
	private static Set<String> citedOn(Document page) {
		return page.select("a[href]")
			.stream()
			.map((a) -> SOURCE_BY_URL.get(a.attr("href")))
			.filter((s) -> s != null)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> cited(JsonNode api) {
		return stream(api.get("citedSources")).map((s) -> s.get("id").asString())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> linkedIds(Document page, String prefix) {
		return page.select("main a[href^=" + prefix + "]")
			.stream()
			.map((a) -> a.attr("href").substring(prefix.length()))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> ids(JsonNode items) {
		return stream(items).map((i) -> i.get("id").asString()).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Stream<String> ids(String collection) {
		return CatalogJson.array(collection).stream().map((item) -> item.get("id").asString());
	}

	private static Stream<JsonNode> stream(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false);
	}

	private static BigDecimal amount(JsonNode money) {
		return (money == null || money.isNull()) ? null : number(money.get("amount"));
	}

	private static BigDecimal number(JsonNode value) {
		return (value == null || value.isNull()) ? null : value.decimalValue();
	}

	private static String plain(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return ((stripped.scale() < 0) ? stripped.setScale(0) : stripped).toPlainString();
	}

}
