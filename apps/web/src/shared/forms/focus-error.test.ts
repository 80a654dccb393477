import { afterEach, describe, expect, it, vi } from 'vitest';
import { focusFirstError } from './focus-error';

function formWith(html: string): HTMLFormElement {
  const form = document.createElement('form');
  form.innerHTML = html;
  document.body.append(form);
  return form;
}

describe('focusFirstError', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  it('moves the keyboard to the first field with an error, once the errors render', () => {
    vi.useFakeTimers();
    const form = formWith(`
      <input aria-label="Title" />
      <input aria-label="Minutes" aria-invalid="true" />
      <input aria-label="Steps" aria-invalid="true" />
    `);
    focusFirstError(form);
    expect(document.activeElement).toBe(document.body);
    vi.runAllTimers();
    expect(document.activeElement).toHaveAccessibleName('Minutes');
  });

  it("scrolls to the form's alert when no field is marked, and leaves the focus alone", () => {
    vi.useFakeTimers();
    const form = formWith(`<input aria-label="Title" /><div role="alert">Not saved</div>`);
    const alert = form.querySelector<HTMLElement>('[role="alert"]')!;
    const scrolled = vi.spyOn(alert, 'scrollIntoView');
    focusFirstError(form);
    vi.runAllTimers();
    expect(scrolled).toHaveBeenCalled();
    expect(document.activeElement).toBe(document.body);
  });
});
