package id.gotong.ui.agency;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class SameOriginCheckTest {

    static final URI SELF = URI.create("http://gotong.example:8080/agency/sign-in");

    @Test
    void theSameSchemeHostAndPortIsTheSameOrigin() {
        assertThat(SameOriginCheck.sameOrigin("http://gotong.example:8080", SELF)).isTrue();
        assertThat(SameOriginCheck.sameOrigin("http://GOTONG.example:8080/agency", SELF)).isTrue();
        assertThat(SameOriginCheck.sameOrigin("https://gotong.example", URI.create("https://gotong.example/agency")))
                .isTrue();
    }

    @Test
    void aSiblingSubdomainIsNotTheSameOriginThoughSameSite() {
        assertThat(SameOriginCheck.sameOrigin("http://evil.gotong.example:8080", SELF)).isFalse();
    }

    @Test
    void anotherSchemeOrPortIsAnotherOrigin() {
        assertThat(SameOriginCheck.sameOrigin("https://gotong.example:8080", SELF)).isFalse();
        assertThat(SameOriginCheck.sameOrigin("http://gotong.example:8081", SELF)).isFalse();
        assertThat(SameOriginCheck.sameOrigin("http://gotong.example", SELF)).isFalse();
    }

    @Test
    void somethingThatIsNoOriginIsRefused() {
        assertThat(SameOriginCheck.sameOrigin("null", SELF)).isFalse();
        assertThat(SameOriginCheck.sameOrigin("not a url at all", SELF)).isFalse();
    }
}
