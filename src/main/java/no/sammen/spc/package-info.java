/**
 * Statistical process control: run charts and Shewhart control charts (run, i, mr, xbar, s, t, p,
 * P′, c, u, U′, g) computed as the R package qicharts2 computes them, with the Anhøj rules for
 * non-random runs. The engine is plain Java with no Spring and no database, so that it can be
 * checked against worked examples in plain unit tests; only {@code SpcApiController} is web-facing.
 * Uses {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistical process control",
        allowedDependencies = { "shared" })
package no.sammen.spc;
