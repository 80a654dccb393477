import { Button, CopyButton, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { formatDateTime } from '../format';

/**
 * An invitation link to pass on by hand (there is no email delivery yet): the full URL,
 * selectable, with a copy button and when it stops working.
 */
export function CopyLink({
  label,
  url,
  expiresAt,
}: {
  label: string;
  url: string;
  expiresAt?: string;
}) {
  return (
    <div>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={label}
          value={url}
          readOnly
          onFocus={(e) => e.currentTarget.select()}
          style={{ flex: 1 }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
        <CopyButton value={url} timeout={2000}>
          {({ copied, copy }) => (
            <Tooltip label="Copied" opened={copied} withArrow>
              <Button
                variant={copied ? 'filled' : 'light'}
                leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                onClick={copy}
                aria-label={`Copy link for ${label}`}
                w={110}
              >
                {copied ? 'Copied' : 'Copy'}
              </Button>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      {expiresAt && (
        <Text size="xs" c="dimmed" mt={4}>
          Works once, until {formatDateTime(expiresAt)}.
        </Text>
      )}
    </div>
  );
}
