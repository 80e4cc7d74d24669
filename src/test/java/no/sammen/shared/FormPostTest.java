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
        private Integer count;
        private java.util.List<String> lines = new java.util.ArrayList<>();

        public Integer getCount() {
            return count;
        }

        public void setCount(Integer count) {
            this.count = count;
        }

        public java.util.List<String> getLines() {
            return lines;
        }

        public void setLines(java.util.List<String> lines) {
            this.lines = lines;
        }

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

    @Test
    void aFormRefusedForAnotherFieldDoesNotSendANationalIdBack() {
        form.setText("Min fnr 150590-10023");
        form.getLines().add("ok");
        form.getLines().add("150590\u200b10023");
        binding.rejectValue("count", "typeMismatch");
        String view = FormPost.handle(binding, flash, () -> {
            changes.incrementAndGet();
            return FormPost.redirect("/x", "note.saved");
        }, () -> "notes/form");
        assertThat(view).isEqualTo("notes/form");
        assertThat(changes).hasValue(0);
        assertThat(binding.getFieldError("text").getCode()).isEqualTo(NationalIdMasking.FIELD_ERROR);
        assertThat(binding.getFieldValue("text")).isEqualTo("Min fnr " + NationalIdMasking.MASK);
        assertThat(binding.getFieldValue("lines[1]")).isEqualTo(NationalIdMasking.MASK);
        assertThat(binding.hasFieldErrors("lines[0]")).isFalse();
    }

    @Test
    void aConcurrentEditDoesNotSendANationalIdBackEither() {
        form.setText("070762 30093");
        FormPost.handle(binding, flash, () -> {
            throw new ConcurrentEditException("note");
        }, () -> "notes/form");
        assertThat(binding.getFieldValue("text")).isEqualTo(NationalIdMasking.MASK);
    }
}
