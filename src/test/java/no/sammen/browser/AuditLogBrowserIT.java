package no.sammen.browser;

import static no.sammen.browser.BrowserSession.BOKMAAL;
import static no.sammen.browser.BrowserSession.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * What an administrator does with the audit log in a real browser: anchor the chain, verify it, and
 * see every broken entry named when someone has changed the database behind the application's back.
 */
class AuditLogBrowserIT extends BrowserTest {

    AuditLogBrowserIT() {
        super("audit-log-failure");
    }

    @Test
    void theAdministratorsPagesFitANarrowScreen() {
        try {
            browser.step("the administrator opens the organisation, a new trust form and the audit log at 320 px");
            browser.open("/login");
            browser.submitLogin("admin", PASSWORD);
            driver.manage().window().setSize(new Dimension(320, 900));
            for (String[] page : new String[][] {{"/admin/organisation", "organisation-320"},
                {"/admin/trusts/new", "trust-form-320"}, {"/admin/audit", "audit-log-320"}}) {
                browser.open(page[0]);
                browser.screenshot(page[1]);
                assertThat(scrollsSideways()).as(page[0] + " at 320 px").isFalse();
            }
        } catch (Throwable t) {
            throw browser.failure(t);
        }
    }

    @Test
    void anAdministratorAnchorsAndVerifiesTheLogAndSeesEachBreak() {
        try {
            browser.step("the administrator anchors the chain and verifies it");
            browser.open("/login");
            browser.submitLogin("admin", PASSWORD);
            browser.open("/admin/audit");
            browser.clickToNewPage(By.id("anchor-chain"));
            assertThat(browser.textOf(By.id("anchor-result"))).startsWith("Kjeden er forankret ved plass");
            browser.clickToNewPage(By.id("verify-chain"));
            assertThat(browser.textOf(By.id("verification-result"))).startsWith("Loggen er hel.");
            browser.screenshot("audit-log-intact");

            browser.step("two entries are changed in the database; verification names both");
            java.util.List<Long> victims = jdbc.sql("select seq from audit_entry order by seq desc limit 2 offset 3")
                    .query(Long.class).list();
            java.util.List<String> before = victims.stream().map(seq -> jdbc.sql(
                    "select details from audit_entry where seq = ?").param(seq).query(String.class).list().get(0))
                    .toList();
            try {
                victims.forEach(seq -> jdbc.sql("update audit_entry set details = 'endret i databasen' where seq = ?")
                        .param(seq).update());
                browser.clickToNewPage(By.id("verify-chain"));
                assertThat(browser.textOf(By.id("verification-result")))
                        .contains(browser.message("audit.verify.broken", BOKMAAL, 2));
                assertThat(driver.findElements(By.cssSelector("#broken-entries tbody tr"))).hasSize(2);
                assertThat(driver.findElement(By.id("broken-entries")).getText())
                        .contains(String.valueOf(victims.get(0)), String.valueOf(victims.get(1)),
                                browser.message("audit.verify.reason.hash", BOKMAAL));
                browser.screenshot("audit-log-broken");
                driver.manage().window().setSize(new Dimension(320, 900));
                browser.screenshot("audit-log-broken-320");
            } finally {
                for (int i = 0; i < victims.size(); i++) {
                    jdbc.sql("update audit_entry set details = ? where seq = ?")
                            .params(before.get(i), victims.get(i)).update();
                }
            }
        } catch (Throwable t) {
            throw browser.failure(t);
        }
    }
}
