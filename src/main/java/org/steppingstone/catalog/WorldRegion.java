package org.steppingstone.catalog;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The world regions a learner asks for ("Europe", "Latin America"), each the countries
 * the United Nations' standard (M49) files under it, by ISO 3166-1 alpha-2 code: the one
 * mapping from a university's country to its region, for every page and the API. Named in
 * URLs by slug; its words are in {@code messages.properties} under {@code region.<slug>}.
 */
public enum WorldRegion {

	AFRICA("africa",
			"DZ EG LY MA SD TN EH BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW IO TF AO CM CF TD CG CD "
					+ "GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG"),
	ASIA("asia",
			"KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN AF BD BT IN IR MV NP PK "
					+ "LK AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"),
	EUROPE("europe",
			"BY BG CZ HU PL MD RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB AL AD BA HR GI "
					+ "GR VA IT MT ME MK PT SM RS SI ES AT BE FR DE LI LU MC NL CH"),
	LATIN_AMERICA("latin-america",
			"AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI BZ CR SV GT HN MX NI "
					+ "PA AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE"),
	NORTHERN_AMERICA("northern-america", "BM CA GL PM US"),
	OCEANIA("oceania", "AU NZ NF HM CX CC FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV WF");

	/**
	 * The slugs above as one regular expression, for validating the {@code region}
	 * filter.
	 */
	public static final String SLUG_PATTERN = "africa|asia|europe|latin-america|northern-america|oceania";

	private final String slug;

	private final Set<String> countries;

	WorldRegion(String slug, String countries) {
		this.slug = slug;
		this.countries = Set.of(countries.split(" "));
	}

	public String getSlug() {
		return this.slug;
	}

	/** Whether a country, by its ISO 3166-1 alpha-2 code, is in this region. */
	public boolean contains(String country) {
		return this.countries.contains(country);
	}

	/** The region of a country, by its ISO 3166-1 alpha-2 code; empty for none. */
	public static Optional<WorldRegion> of(String country) {
		return Arrays.stream(values()).filter((r) -> r.contains(country)).findFirst();
	}

	public static Optional<WorldRegion> fromSlug(String slug) {
		return Arrays.stream(values()).filter((r) -> r.slug.equals(slug)).findFirst();
	}

}
