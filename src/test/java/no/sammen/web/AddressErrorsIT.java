package no.sammen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An address that is wrong says what is wrong: an id that is no id or a page number that is no number
 * is "Ugyldig adresse" naming that part (never repeating the value, which may be a national id); an
 * object that is not there is "Fant ikke forløpet" (or the unit, the person …); a page past the end of
 * a list shows the last page rather than an empty list that claims there is nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AddressErrorsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aValueThatIsNotOfItsKindIsNamedAndNeverRepeated() throws Exception {
        MockHttpServletResponse badId = page("behandler", "/courses/not-a-course");
        assertThat(badId.getStatus()).isEqualTo(400);
        assertThat(badId.getContentAsString()).contains("Ugyldig adresse").contains("Id-en i adressen er ugyldig.")
                .doesNotContain("Noe gikk galt");

        String nationalId = TestData.nationalId();
        MockHttpServletResponse pasted = page("behandler", "/courses/" + nationalId + "/network");
        assertThat(pasted.getStatus()).isEqualTo(400);
        assertThat(pasted.getContentAsString()).contains("Id-en i adressen er ugyldig.").doesNotContain(nationalId);

        assertThat(page("behandler", "/courses?page=tre").getContentAsString())
                .contains("Sidenummeret i adressen er ugyldig.");
        assertThat(page("behandler", "/courses/" + UUID.randomUUID() + "/network/members/kari").getContentAsString())
                .contains("Id-en til personen i nettverkskartet i adressen er ugyldig.");
    }

    @Test
    void somethingNotThereIsNamed() throws Exception {
        MockHttpServletResponse course = page("behandler", "/courses/" + UUID.randomUUID());
        assertThat(course.getStatus()).isEqualTo(404);
        assertThat(course.getContentAsString()).contains("<h1 id=\"not-found\">Fant ikke forløpet</h1>");
        assertThat(page("leder", "/reports/units/" + UUID.randomUUID()).getContentAsString())
                .contains("Fant ikke enheten");
        UUID own = TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        assertThat(page("behandler", "/courses/" + own + "/network/members/" + UUID.randomUUID()).getContentAsString())
                .contains("Fant ikke personen i nettverkskartet");
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() throws Exception {
        TestData.newCourse(mvc, jdbc, "behandler", "Kronstad sengepost");
        String courses = page("behandler", "/courses?page=10000").getContentAsString();
        assertThat(courses).contains("id=\"course-table\"").doesNotContain("id=\"no-courses\"")
                .doesNotContain("Side 10001");
        String audit = page("admin", "/admin/audit?page=99999").getContentAsString();
        assertThat(audit).contains("id=\"audit-table\"").doesNotContain("id=\"no-entries\"")
                .doesNotContain("Side 100000");
    }

    private MockHttpServletResponse page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(user(username)).accept(MediaType.TEXT_HTML)).andReturn().getResponse();
    }
}
