package org.tracseq.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracseq.platform.problem.ValidationProblem;

class PageRequestTest {
    private static final Set<String> SORTABLE = Set.of("name", "createdAt");

    @Test
    void defaultsToFirstPageOfTwentyWithTheDefaultSort() {
        PageRequest page = PageRequest.of(null, null, null, SORTABLE, "createdAt,desc");
        assertThat(page).isEqualTo(new PageRequest(0, 20, "createdAt", false));
        assertThat(page.offset()).isZero();
    }

    @Test
    void readsFieldAndDirection() {
        PageRequest page = PageRequest.of(3, 50, "name,asc", SORTABLE, "createdAt");
        assertThat(page.sortField()).isEqualTo("name");
        assertThat(page.ascending()).isTrue();
        assertThat(page.offset()).isEqualTo(150);
    }

    @Test
    void refusesASortFieldThatIsNotOffered() {
        assertThatThrownBy(() -> PageRequest.of(0, 20, "password;drop", SORTABLE, "name"))
                .isInstanceOfSatisfying(ValidationProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.errors()).extracting("field").containsExactly("sort");
                });
    }

    @Test
    void refusesAnUnknownDirection() {
        assertThatThrownBy(() -> PageRequest.of(0, 10, "name,sideways", SORTABLE, "name"))
                .isInstanceOf(ValidationProblem.class);
    }
}
