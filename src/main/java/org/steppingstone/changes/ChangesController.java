package org.steppingstone.changes;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.steppingstone.system.SiteUrls;

/** The release notes page and its Atom feed. */
@Controller
class ChangesController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ReleaseNotes releases;

	private final MessageSource messages;

	ChangesController(ReleaseNotes releases, MessageSource messages) {
		this.releases = releases;
		this.messages = messages;
	}

	@GetMapping("/changes")
	String changes(Model model) {
		model.addAttribute("releases", this.releases.all());
		ReleaseNotes.RatesRelease rates = this.releases.rates();
		model.addAttribute("rates", rates);
		model.addAttribute("ratesBefore", (rates != null) ? rates.before(this.releases.all()) : null);
		return "changes/changeList";
	}

	@GetMapping("/changes.atom")
	ResponseEntity<byte[]> feed(Locale locale) {
		return ResponseEntity.ok()
			.contentType(ATOM)
			.body(new AtomFeed(this.messages, locale).write(this.releases.all(), SiteUrls.base()));
	}

}
