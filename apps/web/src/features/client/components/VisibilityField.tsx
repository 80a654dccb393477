import type { Visibility } from '../../../gql/graphql';
import { ScaleField } from './ScaleField';

/** Who may read an entry: private to the author and the coach by default, or shared. */
export function VisibilityField({
  value,
  onChange,
  partnerName,
  error,
}: {
  value: Visibility;
  onChange: (value: Visibility) => void;
  partnerName: string;
  error?: string;
}) {
  return (
    <ScaleField
      label="Who can read this?"
      orientation="vertical"
      value={value}
      onChange={(v) => onChange(v as Visibility)}
      error={error}
      options={[
        { value: 'PRIVATE', label: 'Private', description: 'Only you and your coach' },
        {
          value: 'SHARED',
          label: `Shared with ${partnerName}`,
          description: 'Your partner can see it too',
        },
      ]}
    />
  );
}
