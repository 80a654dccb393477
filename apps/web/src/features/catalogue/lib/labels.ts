import { INTIMACY_TYPE_LABELS } from '@hearth/domain';
import type { IntimacyType, PromptKind } from '../../../gql/graphql';

export const INTIMACY_TYPE_OPTIONS: { value: IntimacyType; label: string }[] = (
  Object.keys(INTIMACY_TYPE_LABELS) as IntimacyType[]
).map((value) => ({ value, label: INTIMACY_TYPE_LABELS[value] }));

export function intimacyLabel(t: IntimacyType): string {
  return INTIMACY_TYPE_LABELS[t];
}

export const PROMPT_KIND_LABEL: Record<PromptKind, string> = {
  TEXT: 'Written answer',
  SCALE_1_5: 'Scale 1–5',
  YES_NO: 'Yes / no',
};
