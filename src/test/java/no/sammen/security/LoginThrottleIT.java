package no.sammen.security;

import static no.sammen.testsupport.TestData.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class LoginThrottleIT {

    @Autowired
    MockMvc mvc;

    @Test
    void aUserIsLockedAfterRepeatedWrongPasswords() throws Exception {
        mvc.perform(formLogin().user("leder").password(PASSWORD)).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("leder").password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        // Now even the right password is refused, with its own message.
        mvc.perform(formLogin().user("leder").password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        // Other users are not affected.
        mvc.perform(formLogin().user("koordinator").password(PASSWORD)).andExpect(redirectedUrl("/"));
    }
}
