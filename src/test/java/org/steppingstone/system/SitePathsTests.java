package org.steppingstone.system;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SitePathsTests {

	private final SitePaths paths = new SitePaths(
			List.of(SitePage.listing("/programs", "program").withParameters(Set.of("q")), SitePage.of("/")),
			List.of(new ServedPath("/api", ServedPath.Role.OPEN_DATA),
					new ServedPath("/v3/api-docs", ServedPath.Role.OPEN_DATA_DESCRIPTION),
					new ServedPath("/swagger-ui", ServedPath.Role.OPEN_DATA_CONSOLE)));

	@Test
	void shouldAnswerFromWhatTheFeaturesDeclare() {
		assertThat(this.paths.pages()).extracting(SitePage::path).containsExactly("/", "/programs");
		assertThat(this.paths.itemPath("program", "x")).isEqualTo("/programs/x");
		assertThat(this.paths.canonicalParameters("/programs")).containsExactly("q");
		assertThat(this.paths.canonicalParameters("/programs/x")).isEmpty();
	}

	@Test
	void shouldCoverAPathAndWhatContinuesIt() {
		assertThat(this.paths.isOpenData("/api")).isTrue();
		assertThat(this.paths.isOpenData("/api/v1/programs")).isTrue();
		assertThat(this.paths.isOpenData("/v3/api-docs.yaml")).isTrue();
		assertThat(this.paths.isOpenData("/apiary")).isFalse();
		assertThat(this.paths.isOpenData("/swagger-ui/index.html")).isFalse();
		assertThat(this.paths.isConsole("/swagger-ui/index.html")).isTrue();
		assertThat(this.paths.isNotPage("/v3/api-docs")).isTrue();
		assertThat(this.paths.isNotPage("/api/v1/programs")).isFalse();
		assertThat(this.paths.isNotPage("/programs")).isFalse();
	}

}
