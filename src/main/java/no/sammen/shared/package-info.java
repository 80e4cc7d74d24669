/**
 * Small building blocks every module may use: the clock, the exceptions that carry a translatable
 * field error or a "not found" to the web layer, the controller side of a form post ({@link
 * no.sammen.shared.FormPost}), and masking of national ids in free text. It
 * depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package no.sammen.shared;
