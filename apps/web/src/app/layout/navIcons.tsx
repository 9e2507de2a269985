import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import AlbumOutlined from '@mui/icons-material/AlbumOutlined';
import AltRouteOutlined from '@mui/icons-material/AltRouteOutlined';
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import CloudQueueOutlined from '@mui/icons-material/CloudQueueOutlined';
import ComputerOutlined from '@mui/icons-material/ComputerOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import DeleteSweepOutlined from '@mui/icons-material/DeleteSweepOutlined';
import DevicesOtherOutlined from '@mui/icons-material/DevicesOtherOutlined';
import DnsOutlined from '@mui/icons-material/DnsOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import HubOutlined from '@mui/icons-material/HubOutlined';
import LanOutlined from '@mui/icons-material/LanOutlined';
import MemoryOutlined from '@mui/icons-material/MemoryOutlined';
import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import PublicOutlined from '@mui/icons-material/PublicOutlined';
import RouterOutlined from '@mui/icons-material/RouterOutlined';
import SaveOutlined from '@mui/icons-material/SaveOutlined';
import SettingsEthernetOutlined from '@mui/icons-material/SettingsEthernetOutlined';
import StorageOutlined from '@mui/icons-material/StorageOutlined';
import TerminalOutlined from '@mui/icons-material/TerminalOutlined';
import TimerOutlined from '@mui/icons-material/TimerOutlined';
import TuneOutlined from '@mui/icons-material/TuneOutlined';
import WorkHistoryOutlined from '@mui/icons-material/WorkHistoryOutlined';
import type { ReactElement } from 'react';

/** The drawer icon of each area id. */
export const navIcons: Record<string, ReactElement> = {
  dashboard: <DashboardOutlined />,
  vms: <ComputerOutlined />,
  hosts: <DnsOutlined />,
  clusters: <AccountTreeOutlined />,
  zones: <PlaceOutlined />,
  primaryStorage: <StorageOutlined />,
  backupStorage: <BackupOutlined />,
  volumes: <SaveOutlined />,
  images: <AlbumOutlined />,
  l2Networks: <LanOutlined />,
  l3Networks: <HubOutlined />,
  vips: <PublicOutlined />,
  virtualRouters: <RouterOutlined />,
  networkServices: <SettingsEthernetOutlined />,
  globalConfig: <TuneOutlined />,
  apiTimeouts: <TimerOutlined />,
  consoleProxies: <DevicesOtherOutlined />,
  gcJobs: <DeleteSweepOutlined />,
  jobs: <WorkHistoryOutlined />,
  auditLog: <HistoryOutlined />,
  backups: <CloudQueueOutlined />,
  wizards: <AltRouteOutlined />,
  cli: <TerminalOutlined />,
  accounts: <PeopleOutlined />,
};

/** Fallback icon. */
export const defaultNavIcon = <MemoryOutlined />;
