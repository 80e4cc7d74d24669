/**
 * What every page and API answer share: the layout, the language choice (bokmål by default,
 * nynorsk, English; remembered in a cookie), the error pages and the RFC 9457 Problem Details
 * answers of the API. Uses {@code security} (the name in the header) and {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web",
        allowedDependencies = { "security", "shared" })
package no.sammen.web;
