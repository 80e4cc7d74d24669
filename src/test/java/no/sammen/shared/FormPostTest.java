package no.sammen.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

class FormPostTest {

    /** A form as the page binds it. */
    public static class NoteForm {
        private String text = "typed";

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    final NoteForm form = new NoteForm();
    final BindingResult binding = new BeanPropertyBindingResult(form, "form");
    final RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
    final AtomicInteger changes = new AtomicInteger();

    @Test
    void aSavedFormFlashesItsNoticeAndRedirects() {
        String view = FormPost.handle(binding, flash, () -> {
            changes.incrementAndGet();
            return FormPost.redirect("/courses/1/notes", "note.saved");
        }, () -> "notes/form");
        assertThat(view).isEqualTo("redirect:/courses/1/notes");
        assertThat(flash.getFlashAttributes().get("notice")).isEqualTo("note.saved");
        assertThat(changes).hasValue(1);
    }

    @Test
    void aRefusedInputIsShownBesideItsFieldOnTheFormAgain() {
        String view = FormPost.handle(binding, flash, () -> {
            throw new InvalidInputException(FieldProblem.of("text", "note.text.required"));
        }, () -> "notes/form");
        assertThat(view).isEqualTo("notes/form");
        assertThat(binding.getFieldError("text").getCode()).isEqualTo("note.text.required");
        assertThat(flash.getFlashAttributes()).isEmpty();
    }

    @Test
    void aConcurrentEditIsSaidOnTheFormAgain() {
        String view = FormPost.handle(binding, flash, () -> {
            throw new ConcurrentEditException("note");
        }, () -> "notes/form");
        assertThat(view).isEqualTo("notes/form");
        assertThat(binding.getGlobalError().getCode()).isEqualTo("validation.concurrentEdit");
        assertThat(flash.getFlashAttributes()).isEmpty();
    }

    @Test
    void aFormThatDidNotBindIsNotSaved() {
        binding.rejectValue("text", "typeMismatch");
        String view = FormPost.handle(binding, flash, () -> {
            changes.incrementAndGet();
            return FormPost.redirect("/x", "note.saved");
        }, () -> "notes/form");
        assertThat(view).isEqualTo("notes/form");
        assertThat(changes).hasValue(0);
    }

    @Test
    void otherFailuresAreNotHidden() {
        assertThatThrownBy(() -> FormPost.handle(binding, flash, () -> {
            throw new NotFoundException("note");
        }, () -> "notes/form")).isInstanceOf(NotFoundException.class);
    }
}
