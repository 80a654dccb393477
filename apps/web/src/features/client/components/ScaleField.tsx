import { Text, VisuallyHidden } from '@mantine/core';
import { useId, type CSSProperties, type ReactNode } from 'react';
import classes from './ScaleField.module.css';

export interface ScaleOption {
  value: string;
  label: string;
  /** A second line under the label (vertical lists only). */
  description?: string;
}

interface Props {
  label: ReactNode;
  options: readonly ScaleOption[];
  value: string | null;
  onChange: (value: string) => void;
  /** What the first and the last option mean, shown under a horizontal scale. */
  lowAnchor?: string;
  highAnchor?: string;
  /** Vertical: one option a line, for answers with words (CSI-4, visibility). */
  orientation?: 'horizontal' | 'vertical';
  error?: ReactNode;
  description?: ReactNode;
  name?: string;
}

/**
 * A row of big tap targets for a rating (1–5, 1–7, yes/no) or a short list of answers:
 * native radio inputs, so it is one tab stop with arrow keys and reads as a radio group,
 * with nothing preselected. Lighter than a SegmentedControl, which measures and animates.
 */
export function ScaleField({
  label,
  options,
  value,
  onChange,
  lowAnchor,
  highAnchor,
  orientation = 'horizontal',
  error,
  description,
  name,
}: Props) {
  const id = useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;
  const anchorsId = `${id}-anchors`;
  const errorId = `${id}-error`;
  const withAnchors = orientation === 'horizontal' && (lowAnchor || highAnchor);
  const describedBy = [
    description ? descriptionId : null,
    withAnchors ? anchorsId : null,
    error ? errorId : null,
  ]
    .filter(Boolean)
    .join(' ');
  const last = options.length - 1;

  return (
    <div
      role="radiogroup"
      aria-labelledby={labelId}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
      className={classes.root}
      data-error={error ? true : undefined}
    >
      <Text id={labelId} component="div" fw={500} size="sm">
        {label}
      </Text>
      {description && (
        <Text id={descriptionId} size="xs" c="dimmed" mt={2}>
          {description}
        </Text>
      )}
      <div
        className={classes.track}
        data-orientation={orientation}
        style={{ '--scale-count': options.length } as CSSProperties}
      >
        {options.map((option, i) => {
          const checked = option.value === value;
          const optionLabelId = `${id}-option-${i}`;
          const optionDescriptionId = `${id}-option-${i}-description`;
          return (
            <label
              key={option.value}
              className={classes.option}
              data-checked={checked || undefined}
            >
              <input
                type="radio"
                className={classes.input}
                name={name ?? id}
                value={option.value}
                checked={checked}
                onChange={() => onChange(option.value)}
                aria-labelledby={optionLabelId}
                aria-describedby={option.description ? optionDescriptionId : undefined}
              />
              <span id={optionLabelId}>
                {option.label}
                {/* The ends of a scale say what they mean to a screen reader too. */}
                {withAnchors && i === 0 && lowAnchor && (
                  <VisuallyHidden>, {lowAnchor}</VisuallyHidden>
                )}
                {withAnchors && i === last && highAnchor && (
                  <VisuallyHidden>, {highAnchor}</VisuallyHidden>
                )}
              </span>
              {option.description && orientation === 'vertical' && (
                <span id={optionDescriptionId} className={classes.description}>
                  {option.description}
                </span>
              )}
            </label>
          );
        })}
      </div>
      {withAnchors && (
        <div id={anchorsId} className={classes.anchors}>
          <span>{lowAnchor}</span>
          <span>{highAnchor}</span>
        </div>
      )}
      {error && (
        <Text id={errorId} c="red.7" size="xs" mt={4}>
          {error}
        </Text>
      )}
    </div>
  );
}

/** "1" … "n" as options. */
export function numberOptions(from: number, to: number): ScaleOption[] {
  return Array.from({ length: to - from + 1 }, (_, i) => ({
    value: String(from + i),
    label: String(from + i),
  }));
}
