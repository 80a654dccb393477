import {
  ActionIcon,
  Box,
  Button,
  Divider,
  Group,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconBooks,
  IconBuildingCommunity,
  IconChartLine,
  IconListSearch,
  IconLogout,
  IconShieldLock,
  IconUsers,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link, NavLink } from 'react-router';
import { errorMessage } from '../../shared/errors';
import { hasRole, useViewer, useAuth } from '../../shared/auth/auth-context';
import { ClinicSwitcher } from './ClinicSwitcher';
import { Wordmark } from '../../shared/components/Wordmark';
import classes from './AppHeader.module.css';

export function AppHeader() {
  const viewer = useViewer();
  const { signOut } = useAuth();
  const [signingOut, setSigningOut] = useState(false);
  const isCoach = hasRole(viewer, 'COACH');
  const isAdmin = hasRole(viewer, 'CLINIC_ADMIN');
  const wide = useMediaQuery('(min-width: 48em)', true);

  const onSignOut = async () => {
    setSigningOut(true);
    try {
      await signOut();
    } catch (error) {
      setSigningOut(false);
      notifications.show({
        color: 'red',
        title: "Couldn't sign out",
        message: errorMessage(error),
      });
    }
  };

  return (
    <Group h="100%" px={{ base: 'sm', sm: 'lg' }} justify="space-between" wrap="nowrap">
      <Group gap="md" wrap="nowrap" miw={0}>
        <UnstyledButton component={Link} to="/" aria-label="Hearth home">
          <Wordmark />
        </UnstyledButton>
        <Divider orientation="vertical" visibleFrom="sm" />
        <ClinicSwitcher />
        {(isCoach || isAdmin) && (
          <Box component="nav" aria-label="Main" ml={{ base: 0, sm: 'md' }}>
            <Group gap={4} wrap="nowrap">
              {[
                ...(isCoach
                  ? [
                      { to: '/couples', label: 'My couples', icon: IconUsers },
                      { to: '/catalogue', label: 'Catalogue', icon: IconBooks },
                    ]
                  : []),
                ...(isAdmin
                  ? [
                      // `end`: the Clinic link isn't also lit on /clinic/progress.
                      { to: '/clinic', label: 'Clinic', icon: IconBuildingCommunity, end: true },
                      { to: '/clinic/progress', label: 'Progress', icon: IconChartLine },
                      { to: '/clinic/activity', label: 'Activity', icon: IconListSearch },
                    ]
                  : []),
              ].map(({ to, label, icon: Icon, ...rest }) => (
                // On a phone only the icon shows; the link keeps its name either way.
                <NavLink
                  key={to}
                  to={to}
                  end={'end' in rest}
                  className={classes.link}
                  aria-label={label}
                >
                  <Box component="span" hiddenFrom="sm" style={{ display: 'flex' }}>
                    <Icon size={20} aria-hidden />
                  </Box>
                  <Box component="span" visibleFrom="sm">
                    {label}
                  </Box>
                </NavLink>
              ))}
            </Group>
          </Box>
        )}
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Text
          size="sm"
          fw={500}
          truncate
          maw={{ base: 120, sm: 240 }}
          data-testid="viewer-name"
          visibleFrom={isCoach || isAdmin ? 'sm' : undefined}
        >
          {viewer.displayName}
        </Text>
        <Tooltip label="Account security" withArrow>
          <ActionIcon
            component={Link}
            to="/account/security"
            variant="subtle"
            color="gray"
            size="lg"
            aria-label="Account security"
          >
            <IconShieldLock size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        {wide ? (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconLogout size={14} aria-hidden />}
            loading={signingOut}
            onClick={() => void onSignOut()}
          >
            Sign out
          </Button>
        ) : (
          // A phone's header has room for icons only; the button keeps its name.
          <ActionIcon
            variant="default"
            size="lg"
            aria-label="Sign out"
            loading={signingOut}
            onClick={() => void onSignOut()}
          >
            <IconLogout size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
    </Group>
  );
}
