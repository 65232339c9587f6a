package org.steppingstone.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.steppingstone.catalog.Course;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Institution;
import org.steppingstone.catalog.Pathway;
import org.steppingstone.catalog.Program;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;
import org.steppingstone.system.SitePaths;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog's pages described for search engines and other machines, as schema.org
 * JSON-LD: a program or a degree as an {@code EducationalOccupationalProgram}, the
 * program list as an {@code ItemList}. Each is built as maps, written by Jackson and made
 * safe to embed in a {@code <script>} element.
 */
@Component
public class StructuredData {

	private static final String CONTEXT = "https://schema.org";

	private final JsonMapper json;

	private final MessageSource messages;

	private final SitePaths paths;

	public StructuredData(JsonMapper json, MessageSource messages, SitePaths paths) {
		this.paths = paths;
		this.json = json;
		this.messages = messages;
	}

	/**
	 * A MicroMasters program with its provider, courses, price and the credential it
	 * awards, recognised by every institution that grants credit for it.
	 * @param baseUrl the site's absolute address, without a trailing slash
	 */
	public String program(Program program, List<Course> courses, List<Pathway> pathways, String baseUrl) {
		String url = baseUrl + this.paths.itemPath("program", program.getId());
		Map<String, Object> provider = institution(program.getInstitution(), baseUrl);
		Map<String, Object> node = root("EducationalOccupationalProgram");
		node.put("name", program.getTitle());
		node.put("description", program.getSummary());
		node.put("url", url);
		putIfKnown(node, "sameAs", program.getProgramUrl());
		node.put("provider", List.of(provider));
		node.put("educationalProgramMode", "online");
		putIfKnown(node, "timeToComplete", months(program.getLength()));
		Integer courseCount = (program.getRequiredCourseCount() != null) ? program.getRequiredCourseCount()
				: program.getCourseCount();
		if (courseCount != null) {
			node.put("numberOfCredits", quantity(courseCount,
					this.messages.getMessage("unit.courses", null, LocaleContextHolder.getLocale())));
		}
		putIfKnown(node, "offers", offer(program.getPrice()));
		Map<String, Object> credential = node("EducationalOccupationalCredential");
		credential.put("name", program.getTitle());
		credential.put("credentialCategory", "certificate");
		List<Map<String, Object>> recognizedBy = pathways.stream()
			.filter(Pathway::isCredit)
			.map(Pathway::getInstitution)
			.distinct()
			.sorted(Comparator.comparing(Institution::getName))
			.map((institution) -> institution(institution, baseUrl))
			.toList();
		if (!recognizedBy.isEmpty()) {
			credential.put("recognizedBy", recognizedBy);
		}
		node.put("educationalCredentialAwarded", credential);
		List<Map<String, Object>> courseNodes = new ArrayList<>();
		for (Course course : courses) {
			Map<String, Object> c = node("Course");
			c.put("name", (course.getTitle() != null) ? course.getTitle() : course.getCode());
			putIfKnown(c, "courseCode", course.getCode());
			c.put("url", url + "#course-" + course.getId());
			c.put("provider", provider);
			putIfKnown(c, "timeRequired", (course.getWeeks() != null) ? "P" + course.getWeeks() + "W" : null);
			courseNodes.add(c);
		}
		if (!courseNodes.isEmpty()) {
			node.put("hasCourse", courseNodes);
		}
		return write(node);
	}

	/**
	 * The programs a list shows, in its order.
	 * @param baseUrl the site's absolute address, without a trailing slash
	 */
	public String programList(List<Program> programs, String baseUrl) {
		Map<String, Object> node = root("ItemList");
		node.put("numberOfItems", programs.size());
		List<Map<String, Object>> items = new ArrayList<>();
		for (Program program : programs) {
			Map<String, Object> item = node("ListItem");
			item.put("position", items.size() + 1);
			item.put("url", baseUrl + this.paths.itemPath("program", program.getId()));
			item.put("name", program.getTitle());
			items.add(item);
		}
		node.put("itemListElement", items);
		return write(node);
	}

	/**
	 * A Master's degree with its provider, and its tuition, length and credits where
	 * known.
	 * @param description what the page's meta description says of it
	 * @param baseUrl the site's absolute address, without a trailing slash
	 */
	public String degree(Degree degree, String description, String baseUrl) {
		Map<String, Object> node = root("EducationalOccupationalProgram");
		node.put("name", degree.getTitle());
		node.put("description", description);
		node.put("url", baseUrl + this.paths.itemPath("degree", degree.getId()));
		putIfKnown(node, "sameAs", degree.getUrl());
		node.put("provider", List.of(institution(degree.getInstitution(), baseUrl)));
		putIfKnown(node, "educationalProgramMode", mode(degree.getDelivery()));
		putIfKnown(node, "timeToComplete", months(degree.getLength()));
		Degree.Credits credits = degree.getCredits();
		if (credits != null) {
			node.put("numberOfCredits", quantity(credits.value(), this.messages.getMessage("unit." + credits.unit(),
					null, credits.unit(), LocaleContextHolder.getLocale())));
		}
		putIfKnown(node, "offers", offer(degree.getTuition()));
		Map<String, Object> credential = node("EducationalOccupationalCredential");
		credential.put("name", degree.getTitle());
		credential.put("credentialCategory", "degree");
		node.put("educationalCredentialAwarded", credential);
		return write(node);
	}

	/**
	 * The JSON text of a value, with {@code <}, {@code >} and {@code &} written as JSON
	 * unicode escapes: the same JSON, but no value can close the {@code <script>} element
	 * it is embedded in or open a comment there. The three characters occur in JSON text
	 * only inside strings, where such an escape is valid.
	 */
	static String scriptSafe(JsonMapper json, Object value) {
		return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	private String write(Map<String, Object> node) {
		return scriptSafe(this.json, node);
	}

	private Map<String, Object> institution(Institution institution, String baseUrl) {
		Map<String, Object> node = node("CollegeOrUniversity");
		node.put("name", institution.getName());
		node.put("url", baseUrl + this.paths.itemPath("institution", institution.getId()));
		putIfKnown(node, "sameAs", institution.getWebsite());
		Map<String, Object> address = node("PostalAddress");
		address.put("addressCountry", institution.getCountry());
		node.put("address", address);
		return node;
	}

	/** ISO 8601 months; the shorter end of a range, as a full-time learner would take. */
	private static String months(SourcedRange length) {
		return (length != null) ? "P" + length.min() + "M" : null;
	}

	private static Map<String, Object> offer(SourcedAmount amount) {
		if (amount == null || amount.value() == null) {
			return null;
		}
		Map<String, Object> offer = node("Offer");
		offer.put("price", amount.value());
		offer.put("priceCurrency", amount.currencyCode());
		putIfKnown(offer, "validFrom", amount.asOf());
		putIfKnown(offer, "description", amount.note());
		return offer;
	}

	private static Map<String, Object> quantity(Object value, String unit) {
		Map<String, Object> node = node("StructuredValue");
		node.put("value", value);
		node.put("unitText", unit);
		return node;
	}

	/** schema.org's words for a mode of delivery. */
	private static String mode(String delivery) {
		if (delivery == null) {
			return null;
		}
		return switch (delivery) {
			case "on-campus" -> "onsite";
			case "blended" -> "blended";
			default -> delivery;
		};
	}

	private static Map<String, Object> root(String type) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@context", CONTEXT);
		node.put("@type", type);
		return node;
	}

	private static Map<String, Object> node(String type) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", type);
		return node;
	}

	private static void putIfKnown(Map<String, Object> node, String key, Object value) {
		if (value != null) {
			node.put(key, value);
		}
	}

}
