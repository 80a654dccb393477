import { Alert, Anchor, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from 'react-router';

/** Why many figures of a small clinic read "Fewer than k", and what can be done about it. */
export function SuppressionNote({ k }: { k: number }) {
  return (
    <Alert
      variant="light"
      color="gray"
      icon={<IconLock aria-hidden />}
      title={`Fewer than ${k} couples — hidden to protect privacy`}
      data-testid="suppression-note"
    >
      <Text size="sm">
        A figure about only a few couples could point to a particular couple, so Hearth hides any
        figure based on fewer than {k} couples, and also a neighbouring one where the hidden figure
        could otherwise be worked out from the total. A longer period often brings enough couples
        into each figure. The threshold ({k}) is in{' '}
        <Anchor component={Link} to="/clinic" inherit>
          Clinic settings
        </Anchor>
        ; a lower one shows more, but makes small groups easier to recognise.
      </Text>
    </Alert>
  );
}
