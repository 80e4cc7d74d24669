package no.sammen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import no.sammen.testsupport.TestData;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** A PDF asked for in another language is made in it, and the user's own choice of language stays. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PdfLanguageIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void langOnThePdfLinkDoesNotChangeTheUsersLanguage() throws Exception {
        UUID unit = TestData.unitId(jdbc, "Kronstad sengepost");
        Cookie nynorsk = new Cookie("sammen-lang", "nn");

        MockHttpServletResponse pdf = mvc.perform(get("/reports/units/" + unit + "/report.pdf?lang=en")
                        .cookie(nynorsk).with(user("leder")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getCookie("sammen-lang")).as("the language cookie is left alone").isNull();
        try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Unit report");
        }
        // Without lang, the PDF is in the user's language; and a page's ?lang= still sets the choice.
        MockHttpServletResponse own = mvc.perform(get("/reports/units/" + unit + "/report.pdf")
                .cookie(nynorsk).with(user("leder"))).andReturn().getResponse();
        try (PDDocument document = Loader.loadPDF(own.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("Unit report");
        }
        assertThat(mvc.perform(get("/reports/units/" + unit + "?lang=en").cookie(nynorsk).with(user("leder")))
                .andReturn().getResponse().getCookie("sammen-lang").getValue()).isEqualTo("en");
    }
}
