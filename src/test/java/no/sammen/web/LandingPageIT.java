package no.sammen.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import no.sammen.testsupport.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Where each role lands after logging in: a page it can use, never one saying it has no access. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LandingPageIT {

    @Autowired
    MockMvc mvc;

    @Test
    void theAnalystLandsOnTheReports() throws Exception {
        MockHttpSession session = login("analytiker");

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/reports"));
        mvc.perform(get("/reports").session(session)).andExpect(status().isOk()).andExpect(view().name("report/units"));
    }

    @Test
    void thoseWhoTreatLandOnTheCoursesAndTheAdministratorOnTheUsers() throws Exception {
        mvc.perform(get("/").session(login("behandler"))).andExpect(redirectedUrl("/courses"));
        mvc.perform(get("/").session(login("leder"))).andExpect(redirectedUrl("/courses"));
        mvc.perform(get("/").session(login("admin"))).andExpect(redirectedUrl("/admin/users"));
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(username).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
