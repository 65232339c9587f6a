package org.steppingstone.changes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.context.MessageSource;

/**
 * The releases as an Atom feed (RFC 4287), written with StAX: one entry per release, ids
 * that never change (name-based UUIDs of the release version) and the release date as
 * {@code updated}.
 */
final class AtomFeed {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	private final MessageSource messages;

	private final Locale locale;

	AtomFeed(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The feed's id, the same for every release of the site. */
	static String feedId() {
		return urn("stepping-stone:changes");
	}

	/** A release's entry id, the same in every later feed. */
	static String entryId(Release release) {
		return urn("stepping-stone:changes:release:" + release.version());
	}

	byte[] write(List<Release> releases, String base) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "feed");
			xml.writeDefaultNamespace(NAMESPACE);
			element(xml, "title", message("changes.feed.title"));
			element(xml, "subtitle", message("changes.lead"));
			element(xml, "id", feedId());
			element(xml, "updated", timestamp(releases.isEmpty() ? LocalDate.EPOCH : releases.get(0).date()));
			link(xml, "self", "application/atom+xml", base + "/changes.atom");
			link(xml, "alternate", "text/html", base + "/changes");
			xml.writeStartElement(NAMESPACE, "author");
			element(xml, "name", message("layout.brand"));
			xml.writeEndElement();
			for (Release release : releases) {
				xml.writeStartElement(NAMESPACE, "entry");
				element(xml, "title", message("changes.release.title", release.version()));
				element(xml, "id", entryId(release));
				element(xml, "updated", timestamp(release.date()));
				element(xml, "published", timestamp(release.date()));
				link(xml, "alternate", "text/html", base + "/changes#" + release.anchor());
				element(xml, "summary", release.summary());
				xml.writeStartElement(NAMESPACE, "content");
				xml.writeAttribute("type", "text");
				xml.writeCharacters(content(release));
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	/** Each change on a line of its own. */
	private String content(Release release) {
		if (release.changes().isEmpty()) {
			return message("changes.none");
		}
		StringBuilder text = new StringBuilder();
		for (Release.Change change : release.changes()) {
			text.append(message("changes.feed.change", message("changes.kind." + change.kind()),
					message("changes.entity." + change.entity()), change.entityId(),
					(change.field() != null) ? change.field() : "-", (change.from() != null) ? change.from() : "-",
					(change.to() != null) ? change.to() : "-", change.sourceTitle(), change.sourceUrl()))
				.append('\n');
		}
		return text.toString().strip();
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, this.locale);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
		xml.writeEmptyElement(NAMESPACE, "link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/** A release is dated to the day: its start, in UTC (RFC 3339, as Atom requires). */
	private static String timestamp(LocalDate date) {
		return DateTimeFormatter.ISO_INSTANT.format(date.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private static String urn(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

}
