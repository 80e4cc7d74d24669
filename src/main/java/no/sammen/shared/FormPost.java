package no.sammen.shared;

import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The controller side of a form post (post-redirect-get): when the form bound, the change runs; when
 * it succeeds, its notice is flashed and the browser is redirected; when the service refuses the
 * input, each problem is put beside its field, and when someone else saved first, the form says so;
 * then the form page is shown again with what the user typed, except a national id: a text field
 * holding one, whatever else was refused, gets its error and is shown masked ({@link
 * FormErrors#maskNationalIds}).
 */
public final class FormPost {

    static final String CONCURRENT_EDIT = "validation.concurrentEdit";

    private FormPost() {
    }

    /** Where a successful post leads, and the notice shown there (a message key). */
    public record Redirect(String path, String notice) {
    }

    public static Redirect redirect(String path, String notice) {
        return new Redirect(path, notice);
    }

    /**
     * @param change   calls the service and says where to go next
     * @param formPage fills the model and names the view of the form shown again
     */
    public static String handle(BindingResult binding, RedirectAttributes flash, Supplier<Redirect> change,
            Supplier<String> formPage) {
        if (!binding.hasErrors()) {
            try {
                Redirect done = change.get();
                flash.addFlashAttribute("notice", done.notice());
                return "redirect:" + done.path();
            } catch (InvalidInputException e) {
                FormErrors.addTo(binding, e);
            } catch (ConcurrentEditException e) {
                binding.reject(CONCURRENT_EDIT);
            }
        }
        FormErrors.maskNationalIds(binding);
        return formPage.get();
    }
}
