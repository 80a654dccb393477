/** Text fields' labels sized like the rating questions, while inputs stay 16 px (no zoom on iOS). */
export const QUESTION_LABEL_STYLES = {
  label: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500, marginBottom: 6 },
} as const;

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
