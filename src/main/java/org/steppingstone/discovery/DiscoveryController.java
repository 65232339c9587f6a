package org.steppingstone.discovery;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /sitemap.xml} (the sitemaps.org protocol) and {@code /robots.txt}, with absolute
 * addresses as the client sees the site: behind a proxy, from its X-Forwarded-* headers.
 */
@Controller
class DiscoveryController {

	static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final SitemapPages pages;

	DiscoveryController(SitemapPages pages) {
		this.pages = pages;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap() throws XMLStreamException {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
			.body(write(baseUrl(), this.pages.pages()));
	}

	/** Every page may be crawled: nothing is listed, so nothing is advertised. */
	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body("User-agent: *\nAllow: /\n\nSitemap: " + baseUrl() + "/sitemap.xml\n");
	}

	static String write(String baseUrl, List<SitemapPages.Page> pages) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(SITEMAP_NAMESPACE);
		xml.writeStartElement(SITEMAP_NAMESPACE, "urlset");
		xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
		for (SitemapPages.Page page : pages) {
			xml.writeCharacters("\n");
			xml.writeStartElement(SITEMAP_NAMESPACE, "url");
			element(xml, "loc", baseUrl + page.path());
			if (page.lastModified() != null) {
				element(xml, "lastmod", page.lastModified());
			}
			xml.writeEndElement();
		}
		xml.writeCharacters("\n");
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(SITEMAP_NAMESPACE, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
