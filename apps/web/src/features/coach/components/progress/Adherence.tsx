import { Progress, Stack, Text } from '@mantine/core';
import type { CoachCoupleProgressQuery } from '../../../../gql/graphql';
import { formatDate } from '../../../../shared/format';
import { PARTNER_COLOR, partnerName, type CouplePartners } from '../../lib/labels';

type Adherence = CoachCoupleProgressQuery['couple']['checkinAdherence'];

/** Days with a check-in over days enrolled, per partner, in the last four weeks. */
export function AdherenceList({
  adherence,
  couple,
}: {
  adherence: Adherence;
  couple: CouplePartners;
}) {
  return (
    <Stack gap="md">
      {adherence.map((a) => {
        const name = partnerName(couple, a.partner);
        const pct = a.rate == null ? null : Math.round(a.rate * 100);
        return (
          <div key={a.partner} data-testid={`adherence-${a.partner}`}>
            <Text size="sm">
              <Text span fw={600} c={`${PARTNER_COLOR[a.partner]}.8`}>
                {name}
              </Text>{' '}
              {a.daysEnrolled === 0
                ? 'has no days to count yet.'
                : `checked in on ${a.daysWithCheckin} of ${a.daysEnrolled} days (${pct}%)`}
            </Text>
            <Progress
              mt={6}
              value={pct ?? 0}
              color={`${PARTNER_COLOR[a.partner]}.7`}
              size="md"
              aria-label={`${name}: ${pct ?? 0}% of days with a check-in`}
            />
            <Text size="xs" c="dimmed" mt={4}>
              {formatDate(a.from)} – {formatDate(a.to)}
            </Text>
          </div>
        );
      })}
    </Stack>
  );
}
