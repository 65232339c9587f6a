package org.steppingstone.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A university that offers a MicroMasters program, accepts one toward a degree, or both.
 */
@Entity
@Immutable
@Table(name = "institutions")
public class Institution {

	@Id
	private String id;

	private String name;

	/** The edX organisation key (MITx, UQx…), null for receiving-only institutions. */
	private String shortName;

	/** ISO 3166-1 alpha-2. */
	private String country;

	private String website;

	protected Institution() {
	}

	public String getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public String getCountry() {
		return this.country;
	}

	public String getWebsite() {
		return this.website;
	}

}
