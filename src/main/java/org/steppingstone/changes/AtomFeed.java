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
 * {@code updated}; and one item's changes as a feed of its own, an entry per change.
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

	/** An item's feed id, the same for every release of the site. */
	static String feedId(ItemChanges item) {
		return urn("stepping-stone:changes:" + item.kind() + ":" + item.id());
	}

	/**
	 * A change's entry id, the same in every later feed: a release's list of changes
	 * never changes once published.
	 */
	static String entryId(ItemChanges.Dated dated) {
		return urn("stepping-stone:changes:release:" + dated.release().version() + ":change:" + dated.position());
	}

	/** The reference rates' entry id: one per retrieval of the rates. */
	static String entryId(ReleaseNotes.RatesRelease rates) {
		return urn("stepping-stone:changes:rates:" + rates.date());
	}

	byte[] write(List<Release> releases, String base) {
		return write(releases, null, null, base);
	}

	/**
	 * The releases and, where /changes lists them (above the newest release dated on or
	 * before them), the reference rates' entry.
	 * @param rates the reference rates, or null when there are none
	 * @param period the month they are the average of, as the page words it
	 */
	byte[] write(List<Release> releases, ReleaseNotes.RatesRelease rates, String period, String base) {
		String ratesBefore = (rates != null) ? rates.before(releases) : null;
		LocalDate updated = releases.isEmpty() ? LocalDate.EPOCH : releases.get(0).date();
		LocalDate newest = (rates != null && rates.date().isAfter(updated)) ? rates.date() : updated;
		return document((xml) -> {
			head(xml, message("changes.feed.title"), message("changes.lead"), feedId(), newest, base + "/changes.atom",
					base + "/changes");
			for (Release release : releases) {
				if (rates != null && release.version().equals(ratesBefore)) {
					rates(xml, rates, period, base);
				}
				xml.writeStartElement(NAMESPACE, "entry");
				element(xml, "title", message("changes.release.title", release.version()));
				element(xml, "id", entryId(release));
				element(xml, "updated", timestamp(release.date()));
				element(xml, "published", timestamp(release.date()));
				link(xml, "alternate", "text/html", base + "/changes#" + release.anchor());
				element(xml, "summary", release.summary());
				text(xml, "content", content(release));
				xml.writeEndElement();
			}
			if (rates != null && ratesBefore == null) {
				rates(xml, rates, period, base);
			}
		});
	}

	private void rates(XMLStreamWriter xml, ReleaseNotes.RatesRelease rates, String period, String base)
			throws XMLStreamException {
		String summary = message("changes.rates.summary", rates.currencies(), period);
		xml.writeStartElement(NAMESPACE, "entry");
		element(xml, "title",
				message("changes.rates.title") + " " + message("changes.rates.date", rates.date().toString()));
		element(xml, "id", entryId(rates));
		element(xml, "updated", timestamp(rates.date()));
		element(xml, "published", timestamp(rates.date()));
		link(xml, "alternate", "text/html", base + "/changes#reference-rates");
		xml.writeEmptyElement(NAMESPACE, "link");
		xml.writeAttribute("rel", "related");
		xml.writeAttribute("href", rates.url());
		xml.writeAttribute("title", rates.title());
		element(xml, "summary", summary);
		text(xml, "content", summary + "\n" + rates.title() + " " + rates.url());
		xml.writeEndElement();
	}

	/**
	 * One item's feed: an entry per change that touched it, saying what changed, from
	 * what to what, on what source's word.
	 */
	byte[] write(ItemChanges item, String base) {
		return document((xml) -> {
			head(xml, message("changes.item.feed.title", item.name()),
					message("changes.item.feed.subtitle." + item.kind()), feedId(item), item.updated(),
					base + item.feed(), base + item.page());
			for (ItemChanges.Dated dated : item.changes()) {
				Release.Change change = dated.change();
				xml.writeStartElement(NAMESPACE, "entry");
				element(xml, "title",
						message("changes.item.entry.title", dated.release().version(),
								(change.field() != null) ? change.field() : message("changes.wholeItem"),
								or(change.from()), or(change.to())));
				element(xml, "id", entryId(dated));
				element(xml, "updated", timestamp(dated.release().date()));
				element(xml, "published", timestamp(dated.release().date()));
				link(xml, "alternate", "text/html", base + item.page());
				xml.writeEmptyElement(NAMESPACE, "link");
				xml.writeAttribute("rel", "related");
				xml.writeAttribute("href", change.sourceUrl());
				xml.writeAttribute("title", change.sourceTitle());
				text(xml, "content", line(change));
				xml.writeEndElement();
			}
		});
	}

	private byte[] document(Body body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "feed");
			xml.writeDefaultNamespace(NAMESPACE);
			body.write(xml);
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toByteArray();
	}

	private void head(XMLStreamWriter xml, String title, String subtitle, String id, LocalDate updated, String self,
			String page) throws XMLStreamException {
		element(xml, "title", title);
		element(xml, "subtitle", subtitle);
		element(xml, "id", id);
		element(xml, "updated", timestamp(updated));
		link(xml, "self", "application/atom+xml", self);
		link(xml, "alternate", "text/html", page);
		xml.writeStartElement(NAMESPACE, "author");
		element(xml, "name", message("layout.brand"));
		xml.writeEndElement();
	}

	private String or(String value) {
		return (value != null) ? value : message("changes.nothing");
	}

	/** What one change did, from what to what, with its source. */
	private String line(Release.Change change) {
		return message("changes.feed.change", message("changes.kind." + change.kind()),
				message("changes.entity." + change.entity()), change.entityId(),
				(change.field() != null) ? change.field() : "-", (change.from() != null) ? change.from() : "-",
				(change.to() != null) ? change.to() : "-", change.sourceTitle(), change.sourceUrl());
	}

	/** Each change on a line of its own. */
	private String content(Release release) {
		if (release.changes().isEmpty()) {
			return message("changes.none");
		}
		StringBuilder text = new StringBuilder();
		for (Release.Change change : release.changes()) {
			text.append(line(change)).append('\n');
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

	private static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		xml.writeAttribute("type", "text");
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

	/** What a feed's document holds between its root's tags. */
	@FunctionalInterface
	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private static String urn(String name) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
	}

}
