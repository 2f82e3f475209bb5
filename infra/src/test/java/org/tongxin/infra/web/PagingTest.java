package org.tongxin.infra.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aCountedTotalHasItsPages() {
        assertThat(Paging.pages(101, false, 0, 50, 50)).isEqualTo(3);
        assertThat(Paging.pages(0, false, 0, 0, 50)).isZero();
    }

    @Test
    void pastTheCapEveryFullPageOffersOneMore() {
        // 10,000 counted at 50 a page fill 200 pages; the 200th page, full, offers a 201st
        assertThat(Paging.pages(10_000, true, 0, 50, 50)).isEqualTo(200);
        assertThat(Paging.pages(10_000, true, 199, 50, 50)).isEqualTo(201);
        assertThat(Paging.pages(10_000, true, 250, 50, 50)).isEqualTo(252);
        // a page that is not full is the last
        assertThat(Paging.pages(10_000, true, 250, 12, 50)).isEqualTo(251);
    }
}
