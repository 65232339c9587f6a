package org.steppingstone.changes;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.steppingstone.system.Formats;
import org.steppingstone.system.SiteUrls;

/**
 * The release notes page, its Atom feed, and a feed for each program, degree and pathway
 * of the changes that touched it.
 */
@Controller
class ChangesController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ReleaseNotes releases;

	private final MessageSource messages;

	private final Formats formats;

	ChangesController(ReleaseNotes releases, MessageSource messages, Formats formats) {
		this.releases = releases;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/changes")
	String changes(Model model) {
		model.addAttribute("releases", this.releases.all());
		ReleaseNotes.RatesRelease rates = this.releases.rates();
		model.addAttribute("rates", rates);
		model.addAttribute("ratesBefore", (rates != null) ? rates.before(this.releases.all()) : null);
		return "changes/changeList";
	}

	/**
	 * The changes that touched one program, degree or pathway, as an Atom feed beside its
	 * page; an id the catalog does not hold is the site's 404 page.
	 */
	@GetMapping("/{kind:programs|degrees|pathways}/{id}/changes.atom")
	ResponseEntity<byte[]> itemFeed(@PathVariable String kind, @PathVariable String id, Locale locale) {
		ItemChanges item = this.releases.item(kind, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(ATOM)
			.body(new AtomFeed(this.messages, locale).write(item, SiteUrls.base()));
	}

	@GetMapping("/changes.atom")
	ResponseEntity<byte[]> feed(Locale locale) {
		ReleaseNotes.RatesRelease rates = this.releases.rates();
		return ResponseEntity.ok()
			.contentType(ATOM)
			.body(new AtomFeed(this.messages, locale).write(this.releases.all(), rates,
					(rates != null) ? this.formats.date(rates.period()) : null, SiteUrls.base()));
	}

}
