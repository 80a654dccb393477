/**
 * After a failed submit, brings the first problem into view (a long form in a scrolling
 * dialog could otherwise show its errors off-screen): the first invalid field gets focus,
 * or else the form's alert is scrolled to.
 */
export function focusFirstError(form: HTMLFormElement | null): void {
  // The errors render on the next commit.
  window.setTimeout(() => {
    if (!form) return;
    const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = field ?? form.querySelector<HTMLElement>('[role="alert"]');
    target?.scrollIntoView({ block: 'center' });
    field?.focus({ preventScroll: true });
  }, 0);
}

/**
 * After a refused submit, bring the first question that needs an answer into view: on a
 * phone the error is usually far above the button.
 */
export function revealFirstError(): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('form [aria-invalid="true"]');
    if (!field) return;
    field.scrollIntoView({ block: 'center' });
    const input = field.matches('input, textarea') ? field : field.querySelector('input');
    input?.focus({ preventScroll: true });
  });
}
