/** Text fields' labels sized like the rating questions, while inputs stay 16 px (no zoom on iOS). */
export const QUESTION_LABEL_STYLES = {
  label: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500, marginBottom: 6 },
} as const;
