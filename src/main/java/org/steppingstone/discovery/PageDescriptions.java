package org.steppingstone.discovery;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.steppingstone.catalog.Degree;
import org.steppingstone.catalog.Program;
import org.steppingstone.source.SourcedAmount;
import org.steppingstone.source.SourcedRange;
import org.steppingstone.system.Formats;

/**
 * The meta description of a program's or a degree's page, as a search result shows it:
 * what it is, who offers it, and the figures our sources state, with their year.
 */
@Component
public class PageDescriptions {

	private final MessageSource messages;

	private final Formats formats;

	PageDescriptions(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	public String program(Program program, int pathwayCount) {
		List<String> figures = new ArrayList<>();
		if (program.getCourseCount() != null) {
			figures.add(message("meta.courses", program.getCourseCount()));
		}
		addMoney(figures, "meta.price", program.getPrice());
		addMonths(figures, program.getLength());
		figures.add(message("meta.pathways", pathwayCount));
		return message("meta.program", program.getTitle(), program.getInstitution().getName(),
				String.join(", ", figures));
	}

	public String degree(Degree degree, int pathwayCount) {
		List<String> figures = new ArrayList<>();
		addMoney(figures, "meta.tuition", degree.getTuition());
		addMonths(figures, degree.getLength());
		figures.add(message("meta.counts", pathwayCount));
		return message("meta.degree", degree.getTitle(), degree.getInstitution().getName(), String.join(", ", figures));
	}

	private void addMoney(List<String> figures, String key, SourcedAmount amount) {
		if (amount != null && amount.value() != null) {
			String money = this.formats.money(amount.value(), amount.currency());
			figures.add(message(key,
					(amount.asOf() != null) ? message("meta.dated", money, this.formats.year(amount.asOf())) : money));
		}
	}

	private void addMonths(List<String> figures, SourcedRange length) {
		if (length != null) {
			figures.add(message("unit.months", this.formats.range(length.min(), length.max()), length.max()));
		}
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
